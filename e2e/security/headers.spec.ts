/**
 * Security headers on pages, API answers and server-action responses; the pages' strict script policy (a fresh
 * nonce per response, on every script Next renders, no 'unsafe-inline'); and pages that hydrate and run under it.
 * CSP violations fail any test through the shared fixture (e2e/support/fixtures.ts).
 */
import { APP_A } from "@/lib/actions/testing/refusal-inputs";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { storageStatePath } from "../support/users";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? "";

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("worker-src 'self' blob:");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The e2e server is plain http on loopback: HSTS there would be wrong (see next.config.js).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** The page's nonce, from its CSP header; fails when the page has none. */
function nonceOf(headers: Record<string, string>): string {
  const scripts = directive(headers["content-security-policy"] ?? "", "script-src");
  expect(scripts).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic' 'self'$/);
  return /'nonce-([^']+)'/.exec(scripts)?.[1] ?? "";
}

test("the sign-in page and a server action response carry the headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  expectSecurityHeaders(response?.headers() ?? {});
  nonceOf(response?.headers() ?? {});
  const id = actionId("setLocaleAction");
  expect(id).toBeTruthy();
  const actionResponse = await postAction(page.request, "/sign-in", id ?? "", ["en"]);
  expect(actionResponse.status()).toBe(200);
  expectSecurityHeaders(actionResponse.headers());
});

test("API answers carry the headers with the script-free static policy, signed in or not", async ({ request }) => {
  for (const path of ["/api/health", `/api/apps/${APP_A}/numbers`, "/api/cruise-campaigns"]) {
    const response = await request.get(path);
    expectSecurityHeaders(response.headers());
    expect(directive(response.headers()["content-security-policy"] ?? "", "script-src"), path).toBe(
      "script-src 'self'",
    );
  }
});

test.describe("signed in as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("every page response has its own nonce, and every script in the HTML carries it", async ({ request }) => {
    const seen = new Set<string>();
    for (const path of ["/campaigns/predictive", "/campaigns/predictive", "/audit", "/admin/users", "/sign-in"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expectSecurityHeaders(response.headers());
      // The proxy's policy replaces next.config.js's static one: one policy, not both.
      const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
      expect(policies, path).toHaveLength(1);
      const nonce = nonceOf(response.headers());
      seen.add(nonce);
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
        path,
      ).toEqual([]);
    }
    expect(seen.size).toBe(5);
  });

  test("console pages hydrate and run under the strict policy", async ({ page }) => {
    for (const path of ["/campaigns/predictive", "/audit", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expectSecurityHeaders(response?.headers() ?? {});
      await page.waitForLoadState("networkidle");
    }
    // Client-side navigation and a server action (language switch) exercise the inline RSC payload scripts.
    await page.getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "审计记录" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  });
});
