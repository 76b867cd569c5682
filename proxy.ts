/**
 * Next 16's proxy (formerly middleware), Node runtime. It only sends signed-out page views to /sign-in early; it
 * is not a security boundary. The real checks (user still exists, not disabled, same session_version, role, app)
 * run in lib/auth/session.ts for every page and server action, and in withRoute (lib/api/guard.ts) for /api/*.
 */
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";

const SIGN_IN_PATH = "/sign-in";

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

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Page views only: server actions and other POSTs answer for themselves (they check the session).
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  // API routes answer for themselves (withRoute: a JSON 401): a redirect to an HTML page is no answer for fetch().
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (await hasValidSessionToken(request)) return NextResponse.next();
  const target = new URL(SIGN_IN_PATH, request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") target.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(target);
}

export const config = {
  // Everything except the sign-in page, Auth.js's own routes, the health probes, Next's assets and public files.
  matcher: ["/((?!sign-in|api/auth|api/health|api/ready|_next/static|_next/image|favicon\\.svg|robots\\.txt).*)"],
};
