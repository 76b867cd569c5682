/**
 * Single sign-on for Auth.js: the OpenID Connect provider entry (discovery from the issuer, PKCE + state + nonce)
 * and the signIn callback that decides, on the verified ID token, which console user — if any — is signed in.
 */
import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import type { Logger } from "pino";
import { type OidcConfig, readAuthConfig } from "@/lib/config/auth-env";
import { getDb } from "@/lib/db";
import { recordSignInFailure } from "@/lib/observability/actions";
import { createIdTokenVerifier } from "./id-token";
import { SIGN_IN_PATH, SSO_PROVIDER_ID } from "./paths";
import { completeSsoSignIn } from "./sso-sign-in";

/** The sign-in page's error code for a single sign-on that failed for a reason other than a refusal. */
export const SSO_FAILED = "SsoFailed";

type SignInCallback = NonNullable<NonNullable<NextAuthConfig["callbacks"]>["signIn"]>;

export function ssoProvider(oidc: OidcConfig): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: oidc.displayName,
    type: "oidc",
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: oidc.scope } },
  };
}

/**
 * Refusals (unknown or disabled user, unusable e-mail) return false, which Auth.js turns into
 * /sign-in?error=AccessDenied; a token that fails verification, or an unexpected failure, goes to
 * /sign-in?error=SsoFailed. Nothing here throws: Auth.js would report any exception as AccessDenied.
 */
export function ssoSignInCallback(oidc: OidcConfig, log: Logger): SignInCallback {
  const verifyIdToken = createIdTokenVerifier(oidc);
  return async ({ user, account }) => {
    if (account?.provider !== SSO_PROVIDER_ID) return true;
    try {
      // The unknown-user policy is read per sign-in, like AUTH_PASSWORD_SIGNIN (the e2e server flips it).
      const config = readAuthConfig().oidc ?? oidc;
      const result = await completeSsoSignIn({ db: await getDb(), verifyIdToken, config, log }, account.id_token);
      if (!result.ok) {
        recordSignInFailure("sso", result.reason);
        return result.reason === "id_token_invalid" || result.reason === "id_token_missing"
          ? `${SIGN_IN_PATH}?error=${SSO_FAILED}`
          : false;
      }
      // Auth.js hands this same object to the jwt callback: the session is issued for the console user.
      user.id = result.user.id;
      user.sessionVersion = result.user.sessionVersion;
      return true;
    } catch (error) {
      recordSignInFailure("sso", "error");
      log.error({ error: describeAuthError(error) }, "single sign-on failed");
      return `${SIGN_IN_PATH}?error=${SSO_FAILED}`;
    }
  };
}

/**
 * What to log of an Auth.js or oauth4webapi error: names and messages only. Their `cause` can hold the token
 * endpoint's whole answer (access and ID tokens), which must not reach the log.
 */
export function describeAuthError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { message: String(error) };
  const described: Record<string, string> = { name: error.name, message: error.message };
  const type = (error as { type?: unknown }).type;
  if (typeof type === "string") described.type = type;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") described.code = code;
  // Auth.js wraps the original error as `cause.err`; oauth4webapi's own causes are plain objects (skipped).
  const cause = error.cause instanceof Error ? error.cause : (error.cause as { err?: unknown } | undefined)?.err;
  if (cause instanceof Error) {
    const causeCode = (cause as { code?: unknown }).code;
    described.cause = `${cause.name}: ${cause.message}${typeof causeCode === "string" ? ` (${causeCode})` : ""}`;
    // The provider's OAuth error code (invalid_grant, invalid_client, …) says what to fix and holds no secret.
    const oauthError = (cause as { error?: unknown }).error;
    if (typeof oauthError === "string") described.oauthError = oauthError.slice(0, 100);
  }
  return described;
}
