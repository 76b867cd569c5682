/**
 * Chromium on the production console for the browser benchmarks: Debian's /usr/bin/chromium through Playwright,
 * signed in through the sign-in form as a supervisor, and the URLs of the two campaign forms (a pending predictive
 * campaign of the emulator's first app for the edit form).
 */
import { type Browser, chromium, type Page } from "@playwright/test";
import { E2E_USERS } from "../../e2e/support/users";
import { createEmulatorAdmin } from "../../emulator/admin-client";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--no-first-run",
      "--disable-sync",
      // The worker harness collects garbage before each round (bench/browser/callees-harness.ts).
      "--js-flags=--expose-gc",
    ],
  });
}

/** A page signed in as the e2e supervisor (what a user does: the sign-in form, then the console opens). */
export async function signedInPage(browser: Browser, appUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: appUrl, locale: "en-US" });
  const page = await context.newPage();
  const { email, password } = E2E_USERS.supervisor;
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/campaigns\//, { timeout: 60_000 });
  return page;
}

/** The two campaign forms, by URL: the cruise create form and the edit form of a pending predictive campaign. */
export async function formUrls(emulatorUrl: string): Promise<{ cruise: string; edit: string }> {
  const app = (await createEmulatorAdmin(emulatorUrl).state()).apps[0];
  const pending = app?.predictiveCampaigns.find((c) => c.Status === 0 && c.StartTime > Date.now() / 1000 + 3600);
  if (!app || !pending) throw new Error("the emulator's first app has no pending predictive campaign");
  return {
    cruise: "/campaigns/cruise/new",
    edit: `/campaigns/predictive/${app.SdkAppId}/${pending.CampaignId}/edit`,
  };
}
