/**
 * What the sign-in page offers, from the same settings the server enforces (lib/config/auth-env.ts), and how it
 * reads the `error` Auth.js puts on the sign-in URL after a single sign-on that did not end in a session.
 */
import { readAuthConfig } from "@/lib/config/auth-env";
import type { EnvSource } from "@/lib/config/ccc-env";

export interface SignInMethods {
  password: boolean;
  /** The provider's display name for "Sign in with …", or null without single sign-on. */
  sso: { name: string } | null;
}

export function signInMethods(env: EnvSource = process.env): SignInMethods {
  const config = readAuthConfig(env);
  return { password: config.passwordSignIn, sso: config.oidc ? { name: config.oidc.displayName } : null };
}

/**
 * AccessDenied: the console refused this person (unknown or disabled account, unusable e-mail). Anything else
 * (SsoFailed from our token check, OAuthCallbackError, Configuration, …) is a failure they can retry or report.
 */
export function ssoErrorKind(error: unknown): "refused" | "failed" | null {
  const value = Array.isArray(error) ? error[0] : error;
  if (typeof value !== "string" || value === "") return null;
  return value === "AccessDenied" ? "refused" : "failed";
}
