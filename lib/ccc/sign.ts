/**
 * TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0).
 *
 * Hand-written on purpose (see docs/decisions.md): the official SDK derives the service from the endpoint and signs
 * Host without its port, so it cannot point cleanly at a local CCC. This module is pure (no I/O, no clock) so the
 * client signs with it and the emulator verifies with it; `sign.test.ts` proves it byte-identical to the SDK.
 */
import { createHash, createHmac } from "node:crypto";

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

const sha256Hex = (data: string) => createHash("sha256").update(data, "utf8").digest("hex");
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
  const names = Object.keys(signedHeaders)
    .map((name) => name.toLowerCase())
    .sort();
  const lowered = Object.fromEntries(Object.entries(signedHeaders).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((name) => `${name}:${String(lowered[name]).trim().toLowerCase()}\n`).join("");
  const signedHeaderNames = names.join(";");
  const canonical = ["POST", "/", "", canonicalHeaders, signedHeaderNames, sha256Hex(payload)].join("\n");
  return { canonical, signedHeaderNames };
}

export function signTc3(input: Tc3SignInput): Tc3Signature {
  const date = tc3Date(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const { canonical, signedHeaderNames } = canonicalRequest(input.signedHeaders, input.payload);
  const stringToSign = [TC3_ALGORITHM, String(input.timestamp), credentialScope, sha256Hex(canonical)].join("\n");

  const kDate = hmac(`TC3${input.secretKey}`, date);
  const kService = hmac(kDate, input.service);
  const kSigning = hmac(kService, "tc3_request");
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
