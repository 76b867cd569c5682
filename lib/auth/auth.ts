/**
 * The Auth.js (next-auth 5) instance. Only lib/auth imports next-auth: Auth.js is in security-fix-only mode, and
 * keeping it behind this folder leaves the rest of the console free of it if we ever swap it out.
 *
 * Two ways in: e-mail + password (Credentials, unless AUTH_PASSWORD_SIGNIN=0) and, when AUTH_OIDC_ISSUER is set,
 * single sign-on through one OpenID Connect provider. Either way the session token carries only the console user's
 * id and session_version, re-checked against the database on every request (session-user.ts).
 */
import "server-only";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { readAuthConfig } from "@/lib/config/auth-env";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";
import { InvalidCredentialsError, PasswordSignInOffError, SignInThrottledError } from "./errors";
import { SIGN_IN_PATH } from "./paths";
import { sessionMaxAgeSeconds } from "./settings";
import { describeAuthError, ssoProvider, ssoSignInCallback } from "./sso-provider";
import { getLoginThrottle } from "./throttle-store";

export { SIGN_IN_PATH } from "./paths";

const log = logger.child({ module: "auth" });
const maxAge = sessionMaxAgeSeconds();
// Validated at start (lib/startup.ts); read once here because the provider list is fixed for the process.
const oidc = readAuthConfig().oidc;

export const { auth, signIn, signOut, handlers } = NextAuth({
  session: { strategy: "jwt", maxAge },
  jwt: { maxAge },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        // Read per attempt, so switching passwords off needs no rebuild (and the e2e server can flip it).
        if (!readAuthConfig().passwordSignIn) throw new PasswordSignInOffError();
        // Auth.js rebuilds the request without the client's address; Next's own headers still have it.
        const ip = clientIp(await headers());
        const result = await checkCredentials(
          { db: await getDb(), throttle: await getLoginThrottle() },
          credentials,
          ip,
        );
        if (result.ok) {
          log.info({ userId: result.user.id }, "signed in");
          return { id: result.user.id, email: result.user.email, sessionVersion: result.user.sessionVersion };
        }
        if (result.reason === "throttled") {
          log.warn({ ip }, "sign-in throttled");
          throw new SignInThrottledError(result.retryAfterSeconds);
        }
        throw new InvalidCredentialsError();
      },
    }),
    ...(oidc ? [ssoProvider(oidc)] : []),
  ],
  callbacks: {
    // Credentials were decided in authorize(); a single sign-on is decided here, on the verified ID token.
    signIn: oidc ? ssoSignInCallback(oidc, log) : () => true,
    // The token holds the user id and the session_version it was issued for; everything else is re-read per request.
    jwt({ token, user }) {
      if (!user) return token;
      // No console user behind the sign-in (cannot happen after the callbacks above): no session at all.
      if (!user.id || typeof user.sessionVersion !== "number") return null;
      return { sub: user.id, sv: user.sessionVersion };
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
  logger: {
    // Refused sign-ins are expected traffic (logged above, and by sso-sign-in.ts with the reason); everything else is
    // a real error, logged by name and message only (an OAuth error's cause can carry tokens).
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: unknown }).type === "AccessDenied") return;
      log.error({ error: describeAuthError(error) }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
});
