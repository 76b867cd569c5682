/**
 * Verifies a TC3-HMAC-SHA256 request the way CCC does, answering each failure with CCC's own error code.
 * The signing itself is lib/ccc/sign.ts: the emulator re-signs what it received and compares.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { parseTc3Authorization, signTc3, Tc3SigningKeys } from "../lib/ccc/sign";
import { CccError } from "./errors";

export const CCC_SERVICE = "ccc";
/** CCC rejects timestamps more than five minutes from its own clock. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export interface VerifyInput {
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as received. */
  body: string;
  /** SecretId → SecretKey. */
  credentials: ReadonlyMap<string, string>;
  /** The emulator's clock, Unix seconds. */
  nowSeconds: number;
  /** Long-lived memo of derived signing keys (one per emulator); the check is the same with or without it. */
  keys?: Tc3SigningKeys;
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

const invalidAuthorization = (message: string) => new CccError("AuthFailure.InvalidAuthorization", message);

/** Returns the SecretId that signed the request, or throws the CccError CCC would answer with. */
export function verifyTc3Request({
  headers,
  body,
  credentials,
  nowSeconds,
  keys = new Tc3SigningKeys(),
}: VerifyInput): { secretId: string } {
  const header = headerValue(headers, "authorization");
  if (!header) throw invalidAuthorization("The Authorization header is missing (TC3-HMAC-SHA256 is required)");
  const auth = parseTc3Authorization(header);
  if (!auth) throw invalidAuthorization("The Authorization header is not a well-formed TC3-HMAC-SHA256 header");
  if (auth.service !== CCC_SERVICE) {
    throw invalidAuthorization(`The credential scope names service "${auth.service}"; this endpoint is "ccc"`);
  }
  const secretKey = credentials.get(auth.secretId);
  if (secretKey === undefined) throw new CccError("AuthFailure.SecretIdNotFound", "The SecretId is not found");

  const rawTimestamp = headerValue(headers, "x-tc-timestamp");
  if (!rawTimestamp || !/^\d{1,12}$/.test(rawTimestamp.trim())) {
    throw invalidAuthorization("X-TC-Timestamp must be the Unix time in seconds the request was signed at");
  }
  const timestamp = Number(rawTimestamp.trim());
  if (Math.abs(timestamp - nowSeconds) > MAX_CLOCK_SKEW_SECONDS) {
    throw new CccError(
      "AuthFailure.SignatureExpire",
      `Signature expired: the timestamp ${timestamp} is more than 5 minutes from the server time ${nowSeconds}`,
    );
  }
  if (auth.date !== keys.date(timestamp)) {
    throw invalidAuthorization(`The credential scope date ${auth.date} is not the UTC date of X-TC-Timestamp`);
  }

  const names = auth.signedHeaderNames;
  if (!names.includes("content-type") || !names.includes("host")) {
    throw invalidAuthorization("SignedHeaders must include content-type and host");
  }
  const signed: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(headers, name);
    if (value === undefined) throw invalidAuthorization(`The signed header ${name} is not in the request`);
    signed[name] = value;
  }
  for (const host of hostVariants(signed.host ?? "")) {
    const expected = signTc3(
      {
        secretId: auth.secretId,
        secretKey,
        service: CCC_SERVICE,
        timestamp,
        signedHeaders: { ...signed, host },
        payload: body,
      },
      keys,
    ).signature;
    if (safeEqual(expected, auth.signature)) return { secretId: auth.secretId };
  }
  throw new CccError(
    "AuthFailure.SignatureFailure",
    "The provided credentials could not be validated: the signature does not match the request",
  );
}

/**
 * Host as sent, then without its port: the official Node SDK signs the hostname alone but sends host:port.
 * Real endpoints have no port, so this only matters for a local CCC.
 */
function hostVariants(host: string): string[] {
  const withoutPort = host.replace(/:\d+$/, "");
  return withoutPort === host ? [host] : [host, withoutPort];
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
