/**
 * A real OpenID Connect provider for the SSO e2e specs: panva's oidc-provider (certified OP implementation) on
 * loopback, with the console as its one confidential client and the accounts of e2e/support/sso.ts. Its login page
 * is oidc-provider's development login form (any password; the login name picks the account), which Chromium fills
 * in like a user would. Consent is pre-granted, as an organisation does for its own applications.
 *
 * Test-only extras under /__e2e/ (loopback): POST /__e2e/tamper {mode} makes the token endpoint answer with a
 * forged ID token — "raise-role" rewrites the role claim to admin and keeps the signature, "foreign-key" re-signs
 * the token with a key the provider does not publish — so the specs prove the console refuses such tokens.
 *
 * Env: E2E_OIDC_PORT (default 4012), E2E_APP_PORT (for the redirect URI). Started by playwright.config.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { readJsonBody } from "../e2e/support/read-json-body";
import { accountFor, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT, type TamperMode } from "../e2e/support/sso";

const TAMPER_MODES: readonly TamperMode[] = ["none", "raise-role", "foreign-key"];
let tamper: TamperMode = "none";
let foreignKey: CryptoKey | undefined;

function decodeSegment(segment: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment ?? "", "base64url").toString("utf8"));
}

/** The forgery a man in the middle would try on the token response. */
async function forge(idToken: string, mode: TamperMode): Promise<string> {
  const [header, payload, signature] = idToken.split(".");
  const claims = decodeSegment(payload);
  if (mode === "raise-role") {
    const raised = Buffer.from(JSON.stringify({ ...claims, console_role: "admin" })).toString("base64url");
    return [header, raised, signature].join(".");
  }
  const { alg, kid } = decodeSegment(header);
  foreignKey ??= (await generateKeyPair("RS256")).privateKey;
  return new SignJWT(claims).setProtectedHeader({ alg: String(alg), kid: String(kid), typ: "JWT" }).sign(foreignKey);
}

async function configuration(): Promise<Configuration> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey: JWK = { ...(await exportJWK(privateKey)), kid: "e2e-signing-key", alg: "RS256", use: "sig" };
  return {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [OIDC_CLIENT.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ["e2e-only-oidc-cookie-key-0123456789"] },
    scopes: ["openid", "email", "profile", "console"],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      console: ["console_role", "console_apps"],
    },
    // Put the scope's claims in the ID token (the console reads them there), as most enterprise providers do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = accountFor(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...account }) };
    },
    // Consent is pre-granted for the console (first-party application).
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile console");
      await grant.save();
      return grant;
    },
  };
}

async function control(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  if (req.method === "POST" && req.url === "/__e2e/tamper") {
    const { mode } = await readJsonBody(req);
    if (!TAMPER_MODES.includes(mode as TamperMode))
      return send(400, { error: `mode must be ${TAMPER_MODES.join(", ")}` });
    tamper = mode as TamperMode;
    return send(200, { ok: true });
  }
  send(404, { error: "unknown control" });
}

async function main(): Promise<void> {
  const provider = new Provider(OIDC_ISSUER, await configuration());
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (tamper !== "none" && ctx.path === "/token" && typeof body?.id_token === "string") {
      body.id_token = await forge(body.id_token, tamper);
    }
  });
  const callback = provider.callback();
  createServer((req, res) => {
    if (req.url?.startsWith("/__e2e/")) {
      control(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
      return;
    }
    callback(req, res);
  }).listen(OIDC_PORT, "127.0.0.1", () => console.log(`e2e OpenID provider on ${OIDC_ISSUER}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
