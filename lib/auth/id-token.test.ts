/**
 * The verifier against a real HTTP server publishing discovery and a JWKS, with tokens signed by real keys: what
 * must pass, and the forgeries that Auth.js alone would let through (a changed claim, a key the provider does not
 * publish).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdTokenVerifier } from "./id-token";

const CLIENT_ID = "ccc-console-test";
let server: Server;
let issuer = "";
let signingKey: CryptoKey;
let published: JWK;
let discoveryRequests = 0;

async function sign(payload: JWTPayload, key: CryptoKey = signingKey, kid = "key-1", alg = "RS256"): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg, kid })
    .setIssuer(issuer)
    .setAudience(CLIENT_ID)
    .setSubject("user-1")
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(key);
}

/** Replaces the payload of a signed token, keeping header and signature: what a man in the middle would do. */
function withPayload(token: string, payload: Record<string, unknown>): string {
  const [header, , signature] = token.split(".");
  return [header, Buffer.from(JSON.stringify(payload)).toString("base64url"), signature].join(".");
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
}

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  published = { ...(await exportJWK(pair.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  server = createServer((req, res) => {
    if (req.url === "/.well-known/openid-configuration") {
      discoveryRequests++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (req.url === "/jwks") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [published] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createIdTokenVerifier", () => {
  it("returns the claims of a token signed with a published key, discovering the keys once", async () => {
    const verify = createIdTokenVerifier({ issuer, clientId: CLIENT_ID });
    const before = discoveryRequests;
    const claims = await verify(await sign({ email: "ann@example.com", console_role: "viewer" }));
    expect(claims).toMatchObject({ iss: issuer, aud: CLIENT_ID, email: "ann@example.com", console_role: "viewer" });
    await verify(await sign({ email: "bob@example.com" }));
    expect(discoveryRequests - before).toBe(1);
  });

  it("refuses a token whose claims were changed after signing", async () => {
    const verify = createIdTokenVerifier({ issuer, clientId: CLIENT_ID });
    const genuine = await sign({ email: "ann@example.com", console_role: "viewer" });
    const forged = withPayload(genuine, { ...decodePayload(genuine), console_role: "admin" });
    await expect(verify(forged)).rejects.toMatchObject({ code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED" });
  });

  it("refuses a token signed with a key the provider does not publish, even under a published key id", async () => {
    const verify = createIdTokenVerifier({ issuer, clientId: CLIENT_ID });
    const foreign = await generateKeyPair("RS256");
    await expect(verify(await sign({ email: "ann@example.com" }, foreign.privateKey))).rejects.toMatchObject({
      code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("refuses a token signed with the client secret (HS256)", async () => {
    const verify = createIdTokenVerifier({ issuer, clientId: CLIENT_ID });
    const secret = new TextEncoder().encode("the-client-secret-the-console-holds!");
    const token = await new SignJWT({ email: "ann@example.com" })
      .setProtectedHeader({ alg: "HS256", kid: "key-1" })
      .setIssuer(issuer)
      .setAudience(CLIENT_ID)
      .setExpirationTime("5m")
      .sign(secret);
    await expect(verify(token)).rejects.toMatchObject({ code: "ERR_JOSE_ALG_NOT_ALLOWED" });
  });

  it("refuses a token for another client or from another issuer, and an expired one", async () => {
    const verify = createIdTokenVerifier({ issuer, clientId: "another-client" });
    await expect(verify(await sign({}))).rejects.toMatchObject({
      code: "ERR_JWT_CLAIM_VALIDATION_FAILED",
      claim: "aud",
    });
    const ours = createIdTokenVerifier({ issuer, clientId: CLIENT_ID });
    const foreignIssuer = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "key-1" })
      .setIssuer("https://evil.example.com")
      .setAudience(CLIENT_ID)
      .setExpirationTime("5m")
      .sign(signingKey);
    await expect(ours(foreignIssuer)).rejects.toMatchObject({ code: "ERR_JWT_CLAIM_VALIDATION_FAILED", claim: "iss" });
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "key-1" })
      .setIssuer(issuer)
      .setAudience(CLIENT_ID)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(signingKey);
    await expect(ours(expired)).rejects.toMatchObject({ code: "ERR_JWT_EXPIRED" });
  });

  it("refuses a provider whose discovery names another issuer, and retries discovery after a failure", async () => {
    const verify = createIdTokenVerifier({ issuer: `${issuer}/realms/other`, clientId: CLIENT_ID });
    await expect(verify(await sign({}))).rejects.toThrow("OpenID discovery answered HTTP 404");
    const before = discoveryRequests;
    const mismatched = createIdTokenVerifier({ issuer: issuer.replace("127.0.0.1", "localhost"), clientId: CLIENT_ID });
    await expect(mismatched(await sign({}))).rejects.toThrow("OpenID discovery names another issuer");
    await expect(mismatched(await sign({}))).rejects.toThrow("OpenID discovery names another issuer");
    expect(discoveryRequests - before).toBe(2);
  });
});
