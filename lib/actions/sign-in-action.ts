"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { PasswordSignInOffError, SignInThrottledError } from "@/lib/auth/errors";
import { logger } from "@/lib/log";
import { recordSignInFailure } from "@/lib/observability/actions";

export type SignInState =
  | { status: "idle"; email: string }
  | { status: "invalid"; email: string }
  | { status: "throttled"; email: string; retryAfterSeconds: number }
  | { status: "unavailable"; email: string }
  | { status: "password_off"; email: string };

/**
 * The sign-in form's action. Returns a coded state for the form to translate; never an exception's text.
 * signIn() redirects by throwing, so anything that is not an Auth.js error is re-thrown untouched.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  // A public action: anyone can post it anything. Only the form's own FormData is a sign-in attempt.
  if (!(form instanceof FormData)) return { status: "invalid", email: "" };
  const email = String(form.get("email") ?? "").slice(0, 320);
  const password = String(form.get("password") ?? "");
  const redirectTo = safeCallbackPath(form.get("callbackUrl"));
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { status: "idle", email };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const state = failedState(error, email);
    recordSignInFailure("password", state.status); // by reason only (lib/observability)
    return state;
  }
}

function failedState(error: AuthError, email: string): SignInState {
  if (error instanceof SignInThrottledError) {
    return { status: "throttled", email, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof PasswordSignInOffError) return { status: "password_off", email };
  if (error.type === "CredentialsSignin") return { status: "invalid", email };
  // A database outage surfaces as CallbackRouteError: log it, tell the user only that sign-in is unavailable.
  logger.child({ module: "auth" }).error({ err: error }, "sign-in failed");
  return { status: "unavailable", email };
}
