/** Where signing in happens; shared by the Auth.js config, the session helpers and the single sign-on callback. */
export const SIGN_IN_PATH = "/sign-in";

/** The id of the single sign-on provider in Auth.js: its callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";
