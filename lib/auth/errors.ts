/**
 * Why a sign-in was refused, as Auth.js errors (CredentialsSignin subclasses reach the caller of signIn() intact).
 * `code` is deliberately coarse: it never says whether the account exists or is disabled.
 */
import { CredentialsSignin } from "next-auth";

export class InvalidCredentialsError extends CredentialsSignin {
  override code = "invalid";
}

export class SignInThrottledError extends CredentialsSignin {
  override code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** AUTH_PASSWORD_SIGNIN=0: the credentials provider refuses every attempt, whatever the password. */
export class PasswordSignInOffError extends CredentialsSignin {
  override code = "password_off";
}
