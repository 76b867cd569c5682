/**
 * Where the OpenID Connect provider sends the browser back after sign-in (redirect URI
 * `<console URL>/api/auth/callback/oidc`). Only this Auth.js route is mounted: signing in and out otherwise run
 * in-process through server actions, so the rest of Auth.js's HTTP surface (its own pages, the credentials
 * callback, the session endpoint) stays unreachable.
 */
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;
