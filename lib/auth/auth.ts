/**
 * The Auth.js (next-auth 5) instance. Only lib/auth imports next-auth: Auth.js is in security-fix-only mode, and
 * keeping it behind this folder leaves the rest of the console free of it if we ever swap it out.
 */
import "server-only";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";
import { InvalidCredentialsError, SignInThrottledError } from "./errors";
import { sessionMaxAgeSeconds } from "./settings";
import { getLoginThrottle } from "./throttle-store";

const log = logger.child({ module: "auth" });
const maxAge = sessionMaxAgeSeconds();

export const SIGN_IN_PATH = "/sign-in";

export const { auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge },
  jwt: { maxAge },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
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
  ],
  callbacks: {
    // The token holds the user id and the session_version it was issued for; everything else is re-read per request.
    jwt({ token, user }) {
      if (user) return { sub: user.id, sv: user.sessionVersion };
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
  logger: {
    // Refused sign-ins are expected traffic (and logged above without the e-mail); everything else is a real error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      log.error({ err: error }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
});
