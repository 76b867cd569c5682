/**
 * Verifies an ID token's signature against the provider's published keys (its JWKS), plus issuer and audience.
 *
 * Why this exists next to Auth.js: Auth.js (through oauth4webapi) checks the ID token's claims — issuer, audience,
 * expiry, nonce — but not its signature, relying on TLS to the token endpoint as OpenID Connect Core 3.1.3.7
 * allows. A console that maps roles from ID token claims should not rest its admin role on that alone (a
 * misconfigured TLS-terminating proxy, a plain-http issuer on a test network), so the token is verified here
 * before any claim is used. jose keeps the keys cached and refetches them when an unknown key id appears (rotation).
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";

// Asymmetric algorithms only: a symmetric (HS*) token would be "signed" with the client secret the console holds.
const ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
];

export interface IdTokenVerifierOptions {
  issuer: string;
  clientId: string;
  /** Per-request timeout for discovery and key downloads (default 5 s). */
  timeoutMs?: number;
}

export type IdTokenVerifier = (idToken: string) => Promise<JWTPayload>;

interface ProviderKeys {
  issuer: string;
  jwks: ReturnType<typeof createRemoteJWKSet>;
}

/** The discovery document's issuer and key set; the issuer must be the configured one (as oauth4webapi checks). */
async function discover(issuer: string, timeoutMs: number): Promise<ProviderKeys> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`OpenID discovery answered HTTP ${response.status}`);
  const meta: unknown = await response.json();
  if (typeof meta !== "object" || meta === null) throw new Error("OpenID discovery answered no JSON object");
  const { issuer: published, jwks_uri: jwksUri } = meta as Record<string, unknown>;
  if (typeof published !== "string" || new URL(published).href !== new URL(issuer).href) {
    throw new Error("OpenID discovery names another issuer");
  }
  if (typeof jwksUri !== "string") throw new Error("OpenID discovery has no jwks_uri");
  return { issuer: published, jwks: createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: timeoutMs }) };
}

/** A verifier for one provider and client; discovery runs on first use and again after a failure. */
export function createIdTokenVerifier({
  issuer,
  clientId,
  timeoutMs = 5_000,
}: IdTokenVerifierOptions): IdTokenVerifier {
  let keys: Promise<ProviderKeys> | undefined;
  return async (idToken) => {
    keys ??= discover(issuer, timeoutMs).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    const provider = await keys;
    const { payload } = await jwtVerify(idToken, provider.jwks, {
      issuer: provider.issuer,
      audience: clientId,
      algorithms: ALGORITHMS,
      // The same leeway Auth.js allows for the claims it checks.
      clockTolerance: 30,
    });
    return payload;
  };
}
