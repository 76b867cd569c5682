"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SSO_PROVIDER_ID } from "@/lib/auth/paths";
import { readAuthConfig } from "@/lib/config/auth-env";
import { logger } from "@/lib/log";

export type SsoSignInState = { status: "idle" } | { status: "unavailable" };

/**
 * The "Sign in with …" button: sends the browser to the identity provider (signIn redirects by throwing, so
 * anything that is not an Auth.js error is re-thrown untouched). The provider answers at /api/auth/callback/oidc.
 */
export async function ssoSignInAction(_previous: SsoSignInState, form: FormData): Promise<SsoSignInState> {
  if (!readAuthConfig().oidc) return { status: "unavailable" };
  // A public action: anyone can post it anything; without the form's FormData there is no callback to honour.
  const redirectTo = safeCallbackPath(form instanceof FormData ? form.get("callbackUrl") : null);
  try {
    await signIn(SSO_PROVIDER_ID, { redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // Typically the provider's discovery document could not be fetched.
    logger.child({ module: "auth" }).error({ type: error.type, message: error.message }, "single sign-on start failed");
    return { status: "unavailable" };
  }
  return { status: "idle" };
}
