import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const SECRET = "proxy-test-secret-0123456789abcdefghijklmnop";
const COOKIE = "authjs.session-token";

const get = (path: string, cookie?: string) =>
  proxy(new NextRequest(`http://127.0.0.1${path}`, { headers: cookie ? { cookie: `${COOKIE}=${cookie}` } : {} }));

/** NextResponse.next() marks its answer with this header; a redirect carries a Location instead. */
const passedThrough = (response: Response) => response.headers.get("x-middleware-next") === "1";

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

describe("proxy", () => {
  it("redirects a signed-out page view to /sign-in with the page as callbackUrl", async () => {
    const response = await get("/campaigns/predictive?app=1");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/campaigns/predictive?app=1");
  });

  it("lets a signed-out /api/* request through, so the route answers with JSON 401 instead of a redirect", async () => {
    for (const path of ["/api/apps/1400000001/numbers", "/api/cruise-campaigns?state=running"]) {
      const response = await get(path);
      expect(response.headers.get("location"), path).toBeNull();
      expect(passedThrough(response), path).toBe(true);
    }
  });

  it("lets a page view with a valid session cookie through, and redirects one with a forged cookie", async () => {
    const token = await encode({ token: { sub: "u1" }, secret: SECRET, salt: COOKIE });
    expect(passedThrough(await get("/campaigns/predictive", token))).toBe(true);
    expect((await get("/campaigns/predictive", "forged")).status).toBe(307);
  });
});
