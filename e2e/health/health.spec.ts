/**
 * The probes as a load balancer calls them: no cookies, no redirect followed, against the real server (next start,
 * its migrated PGlite, the e2e CCC settings). Failure answers (503) are covered in app/api/ready/route.test.ts.
 */
import { expect, test } from "../support/fixtures";

test("/api/health answers 200 without a session, and says nothing but ok", async ({ request }) => {
  const response = await request.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("/api/ready answers 200 without a session, naming only its checks", async ({ request }) => {
  const response = await request.get("/api/ready", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({
    status: "ready",
    checks: { database: "ok", migrations: "ok", cccConfig: "ok" },
  });
});

test("a console page without a session is still redirected (the probes' exception is narrow)", async ({ request }) => {
  const response = await request.get("/campaigns/predictive", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/sign-in\?callbackUrl=/);
});
