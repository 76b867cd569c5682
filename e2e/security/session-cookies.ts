/**
 * Session cookies for the security probes: read a role's stored cookie, see its claims, and mint variants that
 * differ from a valid cookie in one property only — the secret (forged), the expiry (expired) or a byte (tampered).
 * Auth.js's own encode/decode with the e2e server's throw-away secret, so a variant is exactly what an attacker with
 * that one difference would send.
 */
import { readFileSync } from "node:fs";
import { decode, encode, type JWT } from "next-auth/jwt";
import { E2E_AUTH_SECRET, storageStatePath } from "../support/users";

/** Plain http on loopback: Auth.js uses the name without the __Secure- prefix. */
export const SESSION_COOKIE = "authjs.session-token";

export function storedSessionCookie(role: "admin" | "supervisor" | "viewer"): string {
  const state = JSON.parse(readFileSync(storageStatePath(role), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  const cookie = state.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} in ${storageStatePath(role)}`);
  return cookie.value;
}

export async function claimsOf(cookie: string): Promise<JWT> {
  const claims = await decode({ token: cookie, secret: E2E_AUTH_SECRET, salt: SESSION_COOKIE });
  if (!claims) throw new Error("the stored session cookie does not decode with the e2e secret");
  return claims;
}

/** The same claims, sealed with `secret` and expiring `expiresInSeconds` from now (negative: already expired). */
export async function sealCookie(claims: JWT, { secret = E2E_AUTH_SECRET, expiresInSeconds = 3600 } = {}) {
  const { exp: _exp, iat: _iat, jti: _jti, ...rest } = claims;
  return encode({ token: rest, secret, salt: SESSION_COOKIE, maxAge: expiresInSeconds });
}

/** Flips one character in the middle of the ciphertext part (JWE compact: header.key.iv.ciphertext.tag). */
export function tamper(cookie: string): string {
  const parts = cookie.split(".");
  const ciphertext = parts[3] ?? "";
  const at = Math.floor(ciphertext.length / 2);
  const flipped = ciphertext[at] === "A" ? "B" : "A";
  parts[3] = `${ciphertext.slice(0, at)}${flipped}${ciphertext.slice(at + 1)}`;
  return parts.join(".");
}

export const cookieHeader = (value: string | null): Record<string, string> =>
  value === null ? {} : { cookie: `${SESSION_COOKIE}=${value}` };
