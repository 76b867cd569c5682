/** The audit page's filters, its time zone, and what a supervisor may see. */

import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

test.describe("admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test.beforeEach(async ({ page }) => {
    // Guarantees at least one event of a known action, whatever ran before.
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Email").fill(`audit-${Date.now()}@e2e.local`);
    await form.getByLabel("Display name").fill("Audit Probe");
    await form.getByLabel("Initial password").fill("Audit-Probe-2026!");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toContainText("can now sign in");
  });

  test("filters by action, user, campaign and date, in the viewer's zone", async ({ page }) => {
    await page.goto("/audit");
    await expect(page.getByTestId("audit-zone")).toContainText("Asia/Shanghai");

    await page.getByLabel("Action").fill("user.create");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=user\.create/);
    const actions = page.getByTestId("audit-action");
    await expect(actions.first()).toHaveText("user.create");
    for (const text of await actions.allTextContents()) expect(text).toBe("user.create");

    await page.getByLabel("User", { exact: true }).selectOption({ label: "Ada Admin (admin@e2e.local)" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    for (const text of await page.getByTestId("audit-user").allTextContents()) expect(text).toBe("admin@e2e.local");

    // Today in the viewer's zone includes the event just made; a day far in the future has nothing.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    await page.goto(`/audit?action=user.create&from=${today}&to=${today}`);
    await expect(actions.first()).toHaveText("user.create");
    await page.goto("/audit?action=user.create&from=2099-01-01");
    await expect(page.getByText("No events match these filters.")).toBeVisible();

    await page.goto("/audit?campaign=987654321");
    await expect(page.getByText("No events match these filters.")).toBeVisible();

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("sees only events of their apps (no user administration)", async ({ page }) => {
    await page.goto("/audit?action=user.create");
    await expect(page.getByText("Only events for your contact center apps are shown.")).toBeVisible();
    await expect(page.getByText("No events match these filters.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
