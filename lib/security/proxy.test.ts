import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/callees/wire";
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

describe("proxy: the pages' Content-Security-Policy", () => {
  const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? "";
  /** What Next receives as the request's CSP header (it takes the nonce from there). */
  const forwardedPolicyOf = (response: Response) =>
    response.headers.get("x-middleware-request-content-security-policy") ?? "";

  it("gives a signed-in page view a fresh nonce, the same in the response and in the request Next renders", async () => {
    const token = await encode({ token: { sub: "u1" }, secret: SECRET, salt: COOKIE });
    const nonces = new Set<string>();
    for (let view = 0; view < 20; view += 1) {
      const response = await get("/campaigns/predictive", token);
      const nonce = /'nonce-([A-Za-z0-9+/=]{24})'/.exec(policyOf(response))?.[1];
      expect(nonce).toBeDefined();
      expect(forwardedPolicyOf(response)).toBe(policyOf(response));
      nonces.add(nonce ?? "");
    }
    expect(nonces.size).toBe(20);
  });

  it("gives the sign-in page a nonce without redirecting it", async () => {
    const response = await get("/sign-in?callbackUrl=%2Faudit");
    expect(response.headers.get("location")).toBeNull();
    expect(policyOf(response)).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  });

  const action = (headers: Record<string, string>) =>
    proxy(
      new NextRequest("http://127.0.0.1:3000/campaigns/cruise/new", {
        method: "POST",
        headers: { "next-action": "0123abcd", host: "127.0.0.1:3000", ...headers },
      }),
    );

  it("answers 403 to a server action from another origin, as Next's own check decides", async () => {
    for (const origin of ["http://evil.example", "null", "http://127.0.0.1:3001", "not a url"]) {
      const response = await action({ origin });
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toMatchObject({ formError: { code: "forbidden_origin" } });
    }
    // Same origin, behind a proxy naming the public host, or no Origin at all (Next lets those through too).
    expect(passedThrough(await action({ origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(
      passedThrough(await action({ origin: "https://console.example", "x-forwarded-host": "console.example" })),
    ).toBe(true);
    expect(passedThrough(await action({}))).toBe(true);
  });

  it("answers 413 to a server action whose declared body is over the limit, and lets one within it through", async () => {
    const sized = (bytes: number) => action({ "content-length": String(bytes) });
    const over = await sized(ACTION_BODY_LIMIT_BYTES + 1);
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ formError: { code: "body_too_large" } });
    expect(passedThrough(await sized(ACTION_BODY_LIMIT_BYTES))).toBe(true);
  });
});

describe("proxy: paths that do not decode", () => {
  it("answers 400 naming the rule to a path whose escapes are not UTF-8, on the API and on pages", async () => {
    for (const path of ["/api/apps/%FF/numbers", "/api/apps/1/predictive-campaigns/%C0%80", "/campaigns/%ED%A0%80"]) {
      const response = await proxy(new NextRequest(`http://127.0.0.1:3000${path}`));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ formError: { code: "invalid_path" } });
    }
  });

  it("lets an API path with valid escapes through untouched", async () => {
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/api/apps/%31/numbers"));
    expect(passedThrough(response)).toBe(true);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});
