/**
 * Signing in and out through the real path: Chromium → sign-in server action → Auth.js → PGlite, and the
 * per-request re-check that throws out a disabled user.
 */
import AxeBuilder from "@axe-core/playwright";
import { consoleControl } from "../support/console-control";
import { expect, test } from "../support/fixtures";
import { signIn, submitSignIn } from "../support/sign-in";
import { E2E_USERS } from "../support/users";

const INVALID = "The e-mail or password is incorrect, or the account cannot sign in.";

test.beforeEach(async () => {
  await consoleControl.resetThrottle();
});

test("a signed-out visitor is sent to sign in and comes back to the page asked for", async ({ page }) => {
  await page.goto("/campaigns/predictive?app=1400000002");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await submitSignIn(page, E2E_USERS.supervisor);
  await expect(page).toHaveURL(/\/campaigns\/predictive\?app=1400000002$/);
  await expect(page.getByTestId("header-user-name")).toHaveText(E2E_USERS.supervisor.displayName);
  await expect(page.getByTestId("header-user-role")).toHaveText("Supervisor");
  await expect(page.getByTestId("header-current-app")).toContainText("App 1400000002");
});

test("signs out from the header", async ({ page }) => {
  await signIn(page, E2E_USERS.supervisor);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // The session is gone, not just the page: the console sends us back.
  await page.goto("/campaigns/predictive");
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("refused sign-ins", () => {
  // A client address of its own, so these failures never throttle the other tests' 127.0.0.1.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.10" } });

  test("a wrong password and an unknown user get the same message, and the e-mail is kept", async ({ page }) => {
    await page.goto("/sign-in");
    await submitSignIn(page, { email: E2E_USERS.viewer.email, password: "not the password" });
    const error = page.getByTestId("sign-in-error");
    await expect(error).toHaveText(INVALID);
    await expect(page.getByLabel("E-mail")).toHaveValue(E2E_USERS.viewer.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

    await submitSignIn(page, { email: "nobody@e2e.local", password: "not the password" });
    await expect(error).toHaveText(INVALID);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("throttling", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.20" } });

  test("after 5 failures the account is throttled, even with the right password", async ({ page }) => {
    await page.goto("/sign-in");
    const error = page.getByTestId("sign-in-error");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitSignIn(page, { email: E2E_USERS.throttled.email, password: `wrong password ${attempt}` });
      await expect(error).toHaveText(INVALID);
      // Each answer replaces the last; wait until this one has rendered before the next submit.
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    }
    await submitSignIn(page, E2E_USERS.throttled);
    await expect(error).toHaveText(/^Too many failed sign-ins\. Try again in \d+ seconds?\.$/);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("a user disabled while signed in is thrown out at the next navigation", async ({ page }) => {
  const account = E2E_USERS.disposable;
  await consoleControl.setDisabled(account.email, false);
  await signIn(page, account);
  try {
    await consoleControl.setDisabled(account.email, true);
    await page.getByRole("link", { name: "App 1400000002" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    // And cannot sign in again while disabled.
    await submitSignIn(page, account);
    await expect(page.getByTestId("sign-in-error")).toHaveText(INVALID);
  } finally {
    await consoleControl.setDisabled(account.email, false);
  }
});

test("a user without apps sees an explanation instead of a list", async ({ page }) => {
  await signIn(page, E2E_USERS.noApps);
  await expect(page.getByRole("heading", { name: "No contact center apps for your account" })).toBeVisible();
  await expect(page.getByTestId("header-current-app")).toContainText("No app");
});

for (const locale of ["en", "zh-CN"] as const) {
  test(`the sign-in page has no serious accessibility violations (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id);
    expect(blocking).toEqual([]);
  });
}
