/**
 * One single sign-on, after Auth.js has finished the OpenID Connect exchange: verify the ID token's signature,
 * map its claims, and find, provision or refuse the console user. Every refusal is logged with its reason and who
 * (provider subject and e-mail, which the provider has vouched for) — never a token.
 */
import type { Logger } from "pino";
import type { OidcConfig } from "@/lib/config/auth-env";
import type { Db } from "@/lib/db/client";
import type { User } from "@/lib/db/users";
import type { IdTokenVerifier } from "./id-token";
import { mapClaims } from "./sso-claims";
import { signInSsoUser } from "./sso-users";

export type SsoSignInRefusal =
  | "id_token_missing"
  | "id_token_invalid"
  | "email_missing"
  | "email_unverified"
  | "unknown_user"
  | "disabled";

export type SsoSignInResult = { ok: true; user: User } | { ok: false; reason: SsoSignInRefusal };

export interface SsoSignInDeps {
  db: Db;
  verifyIdToken: IdTokenVerifier;
  config: Pick<OidcConfig, "roleClaim" | "appsClaim" | "unknownUsers">;
  log: Logger;
}

export async function completeSsoSignIn(deps: SsoSignInDeps, idToken: unknown): Promise<SsoSignInResult> {
  const { log } = deps;
  if (typeof idToken !== "string" || idToken === "") {
    log.warn({ reason: "id_token_missing" }, "single sign-on refused");
    return { ok: false, reason: "id_token_missing" };
  }
  let claims: Record<string, unknown>;
  try {
    claims = await deps.verifyIdToken(idToken);
  } catch (error) {
    // jose's codes say what failed (signature, audience, expiry) without quoting the token.
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    log.warn(
      { reason: "id_token_invalid", code, message: error instanceof Error ? error.message : "" },
      "single sign-on refused",
    );
    return { ok: false, reason: "id_token_invalid" };
  }
  const who = { sub: typeof claims.sub === "string" ? claims.sub : undefined };
  const mapped = mapClaims(claims, deps.config);
  if (!mapped.ok) {
    log.warn({ ...who, reason: mapped.reason }, "single sign-on refused");
    return { ok: false, reason: mapped.reason };
  }
  const { identity } = mapped;
  if (identity.notes.length > 0) {
    log.warn(
      { ...who, email: identity.email, notes: identity.notes },
      "single sign-on claims not understood; mapped to least privilege",
    );
  }
  const result = await signInSsoUser(deps.db, identity, deps.config.unknownUsers);
  if (!result.ok) {
    log.warn({ ...who, email: identity.email, userId: result.userId, reason: result.reason }, "single sign-on refused");
    return { ok: false, reason: result.reason };
  }
  log.info({ ...who, userId: result.user.id, outcome: result.outcome }, "signed in with single sign-on");
  return { ok: true, user: result.user };
}
