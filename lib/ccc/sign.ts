/**
 * TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0).
 *
 * Hand-written on purpose (see docs/decisions.md): the official SDK derives the service from the endpoint and signs
 * Host without its port, so it cannot point cleanly at a local CCC. This module is pure (no I/O, no clock) so the
 * client signs with it and the emulator verifies with it; `sign.test.ts` proves it byte-identical to the SDK.
 */
import { createHmac, hash } from "node:crypto";

export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

export interface Tc3SignInput {
  secretId: string;
  secretKey: string;
  /** Service name used in the credential scope, e.g. "ccc". */
  service: string;
  /** Unix seconds; also decides the credential scope's date (UTC). */
  timestamp: number;
  /** Lower-case header name → value, exactly as sent. Every entry is signed. */
  signedHeaders: Record<string, string>;
  /** The request body, byte-identical to what is sent. */
  payload: string;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  credentialScope: string;
  signedHeaderNames: string;
  canonicalRequest: string;
}

// crypto.hash (Node ≥ 20.12) is the one-shot form of createHash: same bytes (strings as UTF-8), half the cost.
const sha256Hex = (data: string) => hash("sha256", data, "hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** UTC calendar date of a Unix timestamp, as YYYY-MM-DD. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** The canonical request for a POST to "/" with no query string. */
export function canonicalRequest(
  signedHeaders: Record<string, string>,
  payload: string,
): {
  canonical: string;
  signedHeaderNames: string;
} {
  // One pass and plain string building: this runs for every request the client signs and the emulator verifies.
  // A null-prototype map keeps a header named "__proto__" an ordinary entry; on duplicate names the last one wins.
  const lowered: Record<string, string | undefined> = Object.create(null);
  const names: string[] = [];
  for (const key of Object.keys(signedHeaders)) {
    const name = key.toLowerCase();
    names.push(name);
    lowered[name] = signedHeaders[key];
  }
  names.sort();
  let canonicalHeaders = "";
  for (const name of names) canonicalHeaders += `${name}:${String(lowered[name]).trim().toLowerCase()}\n`;
  const signedHeaderNames = names.join(";");
  const canonical = `POST\n/\n\n${canonicalHeaders}\n${signedHeaderNames}\n${sha256Hex(payload)}`;
  return { canonical, signedHeaderNames };
}

/** kSigning, the part of TC3 that depends only on the key, the UTC date and the service. */
export function tc3SigningKey(secretKey: string, date: string, service: string): Buffer {
  const kDate = hmac(`TC3${secretKey}`, date);
  const kService = hmac(kDate, service);
  return hmac(kService, "tc3_request");
}

/**
 * Memo of derived signing keys (and of the timestamp → date step). Deriving kSigning is three HMACs per request, yet
 * the result changes once a day per credential; a signer that keeps one of these skips them. Keyed by everything the
 * derivation reads, so a cached key is always the one tc3SigningKey would return: only the cost changes, never the
 * signature.
 */
export class Tc3SigningKeys {
  private readonly keys = new Map<string, Buffer>();
  private day = Number.NaN;
  private dayString = "";

  date(timestamp: number): string {
    const day = Math.floor(timestamp / 86_400);
    if (day !== this.day) {
      this.dayString = tc3Date(timestamp);
      this.day = day;
    }
    return this.dayString;
  }

  key(secretKey: string, date: string, service: string): Buffer {
    // Length-prefixed, so no choice of the three strings can make two different triples share an id.
    const id = `${service.length}:${service}${date.length}:${date}${secretKey}`;
    let key = this.keys.get(id);
    if (!key) {
      // A handful of credentials × at most two dates around midnight: clearing now and then bounds the memory.
      if (this.keys.size >= 32) this.keys.clear();
      key = tc3SigningKey(secretKey, date, service);
      this.keys.set(id, key);
    }
    return key;
  }
}

/** Signs one request; pass a long-lived Tc3SigningKeys to skip re-deriving the day's signing key every time. */
export function signTc3(input: Tc3SignInput, keys?: Tc3SigningKeys): Tc3Signature {
  const date = keys ? keys.date(input.timestamp) : tc3Date(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const { canonical, signedHeaderNames } = canonicalRequest(input.signedHeaders, input.payload);
  const stringToSign = `${TC3_ALGORITHM}\n${input.timestamp}\n${credentialScope}\n${sha256Hex(canonical)}`;

  const kSigning = keys
    ? keys.key(input.secretKey, date, input.service)
    : tc3SigningKey(input.secretKey, date, input.service);
  const signature = createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex");

  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaderNames}, Signature=${signature}`;
  return { authorization, signature, credentialScope, signedHeaderNames, canonicalRequest: canonical };
}

export interface ParsedAuthorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaderNames: string[];
  signature: string;
}

const AUTHORIZATION_PATTERN =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9-]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** Parses an Authorization header; null when it is not a well-formed TC3 header. */
export function parseTc3Authorization(header: string): ParsedAuthorization | null {
  const match = AUTHORIZATION_PATTERN.exec(header.trim());
  if (!match) return null;
  const [, secretId, date, service, names, signature] = match as unknown as string[];
  return {
    secretId: secretId as string,
    date: date as string,
    service: service as string,
    signedHeaderNames: (names as string).split(";"),
    signature: signature as string,
  };
}
