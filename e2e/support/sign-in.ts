import { expect, type Page } from "@playwright/test";

/** Signs in through the form, as a user would, and waits for the console to open. */
export async function signIn(
  page: Page,
  account: { email: string; password: string },
  expectPath = /\/campaigns\/predictive/,
) {
  await page.goto("/sign-in");
  await submitSignIn(page, account);
  await expect(page).toHaveURL(expectPath);
}

/** Fills and submits the sign-in form without waiting for any outcome. */
export async function submitSignIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
