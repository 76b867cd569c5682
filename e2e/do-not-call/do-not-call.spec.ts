/**
 * The do-not-call page through the real path (Chromium → server actions → PostgreSQL/PGlite): add by keyboard, field
 * errors, import, search, remove behind a confirm, the audit trail; read-only for viewers; axe in both languages.
 * Numbers are unique to each run, so parallel specs and retries never meet them.
 */
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

/** A CN mobile number no other spec uses: 155 + the run's clock + `n`. */
function uniqueNumber(n: number): { national: string; e164: string } {
  const digits = `155${String(Date.now() % 1_000_000).padStart(6, "0")}${String(n).padStart(2, "0")}`;
  return { national: digits, e164: `+86${digits}` };
}

async function firstApp(page: Page): Promise<string> {
  await page.goto("/do-not-call");
  await expect(page.getByRole("heading", { level: 1, name: "Do-not-call list" })).toBeVisible();
  return page.locator("#dnc-app").inputValue();
}

const row = (page: Page, phone: string) => page.locator(`tr[data-phone="${phone}"]`);

test.describe("as a supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("adds by keyboard, refuses bad input on the field, searches, removes after confirming", async ({ page }) => {
    const app = await firstApp(page);
    const add = page.getByRole("form", { name: "Add a number" });
    await expect(add).toHaveAttribute("data-hydrated", "true");

    // Bad input: the browser's schema names the field; nothing is sent.
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(add.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
    await expect(add.getByLabel("Phone number")).toBeFocused();
    await expect(page.getByTestId("error-summary")).toContainText("Phone number: Enter a phone number.");
    // Passes the browser's pattern, refused by the server's normalizer: the same field.
    await add.getByLabel("Phone number").fill("12");
    await add.getByLabel("Phone number").press("Enter");
    await expect(page.locator("#dnc-add-phone-error")).toContainText("Enter a valid phone number");

    // Keyboard only: type the number (national form), Tab to the note, Enter submits.
    const first = uniqueNumber(1);
    await add.getByLabel("Phone number").fill("");
    await page.keyboard.type(first.national);
    await page.keyboard.press("Tab");
    await page.keyboard.type("asked on the phone");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("dnc-add-status")).toHaveText(`${first.e164} is now on the list.`);
    await expect(row(page, first.e164)).toContainText("asked on the phone");
    await expect(row(page, first.e164)).toContainText("supervisor@");

    // Search by digits with punctuation.
    const second = uniqueNumber(2);
    await add.getByLabel("Phone number").fill(second.e164);
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(row(page, second.e164)).toBeVisible();
    await page.getByLabel("Number contains").fill(second.national.slice(-6));
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`app=${app}.*q=${second.national.slice(-6)}`));
    await expect(page.locator("tr[data-phone]")).toHaveCount(1);
    await expect(row(page, second.e164)).toBeVisible();

    // Remove: Cancel has the focus, Esc keeps the number; confirming removes it and says so.
    await row(page, second.e164)
      .getByRole("button", { name: `Remove ${second.e164}` })
      .click();
    const dialog = page.getByTestId("dnc-remove-dialog");
    await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row(page, second.e164)).toBeVisible();
    await row(page, second.e164)
      .getByRole("button", { name: `Remove ${second.e164}` })
      .click();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByTestId("dnc-announcement")).toHaveText(`${second.e164} was removed from the list.`);
    await expect(row(page, second.e164)).toHaveCount(0);
    await expect(page.getByTestId("dnc-empty")).toBeVisible();

    await page.goto("/audit?action=doNotCall.remove");
    await expect(page.locator("[data-testid=audit-action]").first()).toHaveText("doNotCall.remove");
  });

  test("imports pasted numbers, lists rejected lines, and reports new and already listed", async ({ page }) => {
    await firstApp(page);
    const listed = uniqueNumber(11);
    const fresh = uniqueNumber(12);
    const add = page.getByRole("form", { name: "Add a number" });
    await add.getByLabel("Phone number").fill(listed.e164);
    await add.getByRole("button", { name: "Add to the list" }).click();
    await expect(row(page, listed.e164)).toBeVisible();

    const form = page.getByRole("form", { name: "Import numbers" });
    await form.locator("#dnc-import-numbers").fill([listed.national, "call me", fresh.e164].join("\n"));
    await expect(form.getByTestId("callee-report")).toContainText("2 valid numbers");
    await expect(form.getByTestId("callee-rejects")).toContainText("call me");
    await form.getByLabel("Note for every imported number (optional)").fill("opt-out file");
    await form.getByRole("button", { name: "Import" }).click();
    await expect(page.getByTestId("dnc-import-status")).toHaveText("1 number added, 1 already on the list.");
    await expect(row(page, fresh.e164)).toContainText("opt-out file");

    await page.goto("/audit?action=doNotCall.import");
    await expect(page.locator("[data-testid=audit-action]").first()).toHaveText("doNotCall.import");
  });

  test("is accessible in English and Chinese", async ({ page, context, baseURL }) => {
    await firstApp(page);
    await expectNoSeriousA11yViolations(page);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
    await page.goto("/do-not-call");
    await expect(page.getByRole("heading", { level: 1, name: "免打扰名单" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("reads the list without ways to change it", async ({ page }) => {
    await firstApp(page);
    await expect(page.getByTestId("dnc-read-only")).toBeVisible();
    await expect(page.getByRole("form", { name: "Add a number" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Import numbers" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
