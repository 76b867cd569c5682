/**
 * Next 16's proxy (formerly middleware), Node runtime. Three jobs, none of them an access decision:
 * - every page view gets a per-request CSP nonce (lib/security/csp.ts), passed to Next in the request's CSP header
 *   so the scripts it renders carry it;
 * - signed-out page views are sent to /sign-in early (the real checks — user still exists, not disabled, same
 *   session_version, role, app — run in lib/auth/session.ts for every page and server action, and in withRoute
 *   for /api/*);
 * - a server action POST from another origin gets a 403, and one whose declared body is over the configured limit a
 *   413. Next refuses both itself, but with a 500 (and an error log line anyone can cause); the answers here are
 *   the same refusals, said properly. Likewise a path whose percent-escapes are not UTF-8 (pages and API): 400.
 */
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/callees/wire";
import { newNonce, pageContentSecurityPolicy, servedOverHttps } from "@/lib/security/csp";

const SIGN_IN_PATH = "/sign-in";
const cspOptions = { dev: process.env.NODE_ENV !== "production", https: servedOverHttps() };

async function hasValidSessionToken(request: NextRequest): Promise<boolean> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return false;
  // The cookie is "__Secure-authjs.session-token" over https and "authjs.session-token" over plain http (loopback);
  // either one that decrypts and has not expired counts.
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: request, secret, secureCookie }).catch(() => null);
    if (token) return true;
  }
  return false;
}

/** Lets the request through with a fresh nonce: in the request's CSP header for Next, in the response's for the browser. */
function withNonce(request: NextRequest): NextResponse {
  const policy = pageContentSecurityPolicy(newNonce(), cspOptions);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function redirectToSignIn(request: NextRequest): NextResponse {
  const target = new URL(SIGN_IN_PATH, request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") target.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(target);
}

/** A declared body over the limit, refused before Next reads it; an undeclared (chunked) one Next still stops. */
function actionBodyTooLarge(request: NextRequest): boolean {
  const declared = Number(request.headers.get("content-length") ?? "");
  return Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES;
}

/**
 * Next's own check (app-render/action-handler.js): an Origin header, when present, must name the host the request
 * was sent to (the first X-Forwarded-Host, else Host). No Origin passes, as in Next: browsers always send one with
 * an action, so such a request carries no one's cookies but the sender's.
 */
function crossOriginAction(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (origin === "null" || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function refuseAction(request: NextRequest): NextResponse | null {
  if (crossOriginAction(request)) {
    const message = "Server actions are accepted from this console's own pages only.";
    return NextResponse.json({ formError: { code: "forbidden_origin", message } }, { status: 403 });
  }
  if (actionBodyTooLarge(request)) {
    const limitMiB = ACTION_BODY_LIMIT_BYTES / (1024 * 1024);
    const message = `The request body is over the ${limitMiB} MiB limit for server actions.`;
    return NextResponse.json({ formError: { code: "body_too_large", message } }, { status: 413 });
  }
  return null;
}

/**
 * A path whose percent-escapes are not UTF-8 (`/api/apps/%FF/…`): Next's segment decoding throws on it and answers
 * a bare 500 (found by the fuzzer, lib/fuzz/). Refused here with a 400 that says why, for pages and the API alike.
 */
function undecodablePath(request: NextRequest): NextResponse | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    const message = "The URL's path is not valid: its percent-escapes must encode UTF-8 text.";
    return NextResponse.json({ formError: { code: "invalid_path", message } }, { status: 400 });
  }
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const badPath = undecodablePath(request);
  if (badPath) return badPath;
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = refuseAction(request);
    if (refusal) return refusal;
  }
  // Page views only: server actions and other POSTs answer for themselves (they check the session).
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const { pathname } = request.nextUrl;
  // API routes answer for themselves (withRoute: a JSON 401): a redirect to an HTML page is no answer for fetch().
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const isSignIn = pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`);
  if (!isSignIn && !(await hasValidSessionToken(request))) return redirectToSignIn(request);
  return withNonce(request);
}

export const config = {
  // Every page and server action; not the API (its answers carry next.config.js's script-free policy), Next's
  // assets or public files.
  // The API only for the path check above (its paths with a "%"); everything else about it is left to withRoute.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.svg|robots\\.txt).*)", "/api/:path*"],
};
