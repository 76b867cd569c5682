/**
 * Single sign-on through the real path: Chromium → the console's "Sign in with …" → a real OpenID Connect provider
 * (oidc-provider on loopback, its own login form) → /api/auth/callback/oidc → Auth.js → the console's token check
 * and claim mapping → PGlite. Refusals and forgeries are checked by what the browser ends up with: no session.
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { consoleControl } from "../support/console-control";
import { expect, test } from "../support/fixtures";
import { submitSignIn } from "../support/sign-in";
import {
  OIDC_DISPLAY_NAME,
  OIDC_ISSUER,
  oidcControl,
  SSO_ACCOUNTS,
  SSO_APP_URL,
  type TamperMode,
} from "../support/sso";
import { E2E_USERS } from "../support/users";

// Why localhost: see SSO_APP_URL.
test.use({ baseURL: SSO_APP_URL });

const SSO_BUTTON = `Sign in with ${OIDC_DISPLAY_NAME}`;
const REFUSED = `Your ${OIDC_DISPLAY_NAME} account may not use this console. Ask a console administrator for access.`;
const FAILED = `Signing in with ${OIDC_DISPLAY_NAME} did not work. Try again; if it keeps failing, tell your administrator.`;

/** Starts single sign-on from the sign-in page (by keyboard) and, at the provider, signs in as `login`. */
async function signInWithProvider(page: Page, login: string, from = "/sign-in") {
  await page.goto(from);
  const button = page.getByRole("button", { name: SSO_BUTTON });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("whatever the provider checks");
  await page.locator('button[type="submit"]').click();
}

/** The provider remembers the person (its own session): the button goes there and straight back. */
async function signInAgain(page: Page) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
}

async function expectSignedOut(page: Page) {
  await page.goto("/campaigns/predictive");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
}

test("signs in through the provider, with the role and apps its claims carry, and back to the page asked for", async ({
  page,
}) => {
  // Seeded in the console as a viewer of 1400000001; the provider says supervisor of 1400000002.
  await signInWithProvider(page, "sso-supervisor", "/campaigns/predictive?app=1400000002");
  await expect(page).toHaveURL(/\/campaigns\/predictive\?app=1400000002$/);
  await expect(page.getByTestId("header-user-name")).toHaveText("Sue Sso");
  await expect(page.getByTestId("header-user-role")).toHaveText("Supervisor");
  await expect(page.getByRole("link", { name: "Audit" })).toBeVisible();

  // The app the claims no longer grant is gone: asking for it falls back to the granted one.
  await page.goto("/campaigns/predictive?app=1400000001");
  await expect(page.getByTestId("header-current-app")).toContainText("App 1400000002");
  await expect(page.getByRole("link", { name: "App 1400000001" })).toHaveCount(0);
});

test("signs out: the console session ends", async ({ page }) => {
  await signInWithProvider(page, "sso-supervisor");
  await expect(page).toHaveURL(/\/campaigns\/predictive/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectSignedOut(page);
});

test("a person the console does not know is refused, and provisioned as a viewer without apps when that is on", async ({
  page,
}) => {
  const login = `newcomer-${randomBytes(6).toString("hex")}`;
  await signInWithProvider(page, login);
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied$/);
  await expect(page.getByTestId("sso-error")).toHaveText(REFUSED);
  await expectSignedOut(page);

  await consoleControl.setSignInEnv({ AUTH_OIDC_UNKNOWN_USERS: "provision" });
  try {
    await signInAgain(page);
    await expect(page.getByRole("heading", { name: "No contact center apps for your account" })).toBeVisible();
    await expect(page.getByTestId("header-user-name")).toHaveText(`New ${login.slice(9)}`);
    await expect(page.getByTestId("header-user-role")).toHaveText("Viewer");
    await expect(page.getByTestId("header-current-app")).toContainText("No app");
  } finally {
    await consoleControl.setSignInEnv({ AUTH_OIDC_UNKNOWN_USERS: "refuse" });
  }
});

test("a user disabled in the console loses the single sign-on session and cannot sign in again", async ({ page }) => {
  const { email } = SSO_ACCOUNTS["sso-disposable"];
  await consoleControl.setDisabled(email, false);
  await signInWithProvider(page, "sso-disposable");
  await expect(page.getByTestId("header-user-role")).toHaveText("Supervisor");
  try {
    await consoleControl.setDisabled(email, true);
    await page.getByRole("link", { name: "App 1400000002" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // Still signed in at the provider, who vouches for them again; the console refuses.
    await signInAgain(page);
    await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied$/);
    await expect(page.getByTestId("sso-error")).toHaveText(REFUSED);
    // The old session cookie is still in the browser; the server refuses it.
    await page.goto("/campaigns/predictive");
    await expect(page).toHaveURL(/\/sign-in/);
  } finally {
    await consoleControl.setDisabled(email, false);
  }
});

for (const [mode, what] of [
  ["raise-role", "with its role claim raised to admin (signature kept)"],
  ["foreign-key", "re-signed with a key the provider does not publish"],
] as [TamperMode, string][]) {
  test(`an ID token ${what} is refused`, async ({ page }) => {
    await oidcControl.setTamper(mode);
    try {
      await signInWithProvider(page, "sso-viewer");
      await expect(page).toHaveURL(/\/sign-in\?error=SsoFailed$/);
      await expect(page.getByTestId("sso-error")).toHaveText(FAILED);
      await expectSignedOut(page);
    } finally {
      await oidcControl.setTamper("none");
    }
    // The same person with an untouched token gets in, as the viewer they are.
    await signInAgain(page);
    await expect(page.getByTestId("header-user-role")).toHaveText("Viewer");
  });
}

test("with password sign-in switched off, only the provider is offered and a password is refused", async ({ page }) => {
  await consoleControl.resetThrottle();
  await page.goto("/sign-in");
  await consoleControl.setSignInEnv({ AUTH_PASSWORD_SIGNIN: "0" });
  try {
    // A page loaded before the switch still posts a password: the server refuses it.
    await submitSignIn(page, E2E_USERS.viewer);
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      `Password sign-in is switched off. Sign in with ${OIDC_DISPLAY_NAME}.`,
    );
    await expect(page).toHaveURL(/\/sign-in/);

    await page.reload();
    await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveCount(0);
    await expect(page.getByLabel("Password")).toHaveCount(0);
  } finally {
    await consoleControl.setSignInEnv({ AUTH_PASSWORD_SIGNIN: "1" });
  }
});

test("the button speaks the visitor's language", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: `使用 ${OIDC_DISPLAY_NAME} 登录` })).toBeVisible();
});
