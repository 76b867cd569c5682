/** An admin manages users through the UI; each change lands in the audit trail under the admin's name. */

import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { E2E_USERS, storageStatePath } from "../support/users";

test.use({ storageState: storageStatePath("admin") });

test("admin creates a user, changes the role, disables and resets; the audit trail shows it", async ({ page }) => {
  const email = `agent-${Date.now()}@e2e.local`;
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  // The shared schema refuses a weak password in the browser, tied to the input.
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Display name").fill("Agent Smith");
  await form.getByLabel("Initial password").fill("weakpassword");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Use three of: lower case, upper case, digits, symbols.")).toBeVisible();

  await form.getByLabel("Initial password").fill("Correct-Horse-9-battery");
  await form.getByRole("group", { name: "Contact center apps" }).getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`${email} can now sign in`);

  const row = page.locator(`tr[data-user-email="${email}"]`);
  await expect(row.getByTestId("user-role")).toHaveText("Viewer");

  await row.getByRole("button", { name: "Edit Agent Smith" }).click();
  const edit = page.getByRole("form", { name: "Edit Agent Smith" });
  await edit.getByLabel("Role").selectOption("supervisor");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(row.getByTestId("user-role")).toHaveText("Supervisor");

  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByTestId("user-status")).toHaveText("Disabled");

  await row.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByTestId("new-password")).toHaveText(/^[A-Za-z0-9]{20}$/);

  await expectNoSeriousA11yViolations(page);

  for (const action of ["user.update", "user.create", "user.disable", "user.reset_password"]) {
    await page.goto(`/audit?action=${action}`);
    const audit = await auditRowAbout(page, email);
    await expect(audit.getByTestId("audit-action")).toHaveText(action);
    await expect(audit.getByTestId("audit-user")).toHaveText(E2E_USERS.admin.email);
  }
});

test("an admin cannot disable or demote themselves", async ({ page }) => {
  await page.goto("/admin/users");
  const self = page.locator(`tr[data-user-email="${E2E_USERS.admin.email}"]`);
  await self.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId("form-error-what")).toHaveText(
    "You cannot disable yourself or remove your own administrator role.",
  );
  await expect(self.getByTestId("user-status")).toHaveText("Active");
});

/** The event row whose field-by-field details (the row under it) mention `text`. */
async function auditRowAbout(page: Page, text: string) {
  const details = page.locator("tr[data-details-of]").filter({ hasText: text }).first();
  const id = await details.getAttribute("data-details-of");
  return page.locator(`tr[data-audit-id="${id}"]`);
}
