/** Security headers on pages and on server-action responses, and a console free of CSP violations. */
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { storageStatePath } from "../support/users";

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("worker-src 'self' blob:");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The e2e server is plain http on loopback: HSTS there would be wrong (see next.config.js).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  page.on("pageerror", (error) => violations.push(String(error)));
  return violations;
}

test("the sign-in page and a server action response carry the headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  expectSecurityHeaders(response?.headers() ?? {});
  const id = actionId("setLocaleAction");
  expect(id).toBeTruthy();
  const actionResponse = await postAction(page.request, "/sign-in", id ?? "", ["en"]);
  expect(actionResponse.status()).toBe(200);
  expectSecurityHeaders(actionResponse.headers());
});

test.describe("signed in as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("console pages load and run without CSP violations", async ({ page }) => {
    const violations = collectCspViolations(page);
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
    expect(violations).toEqual([]);
  });
});
