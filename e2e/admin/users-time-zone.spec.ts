/**
 * The time-zone picker on the users page: in the new-user form, and inside a table row (an overflow container),
 * where its list must still show whole, above everything else.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { pickTimeZone } from "../support/time-zone";
import { storageStatePath } from "../support/users";

test.use({ storageState: storageStatePath("admin") });

test("an admin picks a user's zone by search, in the new-user form and in the table's edit row", async ({ page }) => {
  const email = `zone-${Date.now()}@e2e.local`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Display name").fill("Zone Probe");
  await form.getByLabel("Initial password").fill("Zone-Probe-2026!");
  await form.getByRole("group", { name: "Contact center apps" }).getByRole("checkbox").first().check();
  await pickTimeZone(form, "Europe/London");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`${email} can now sign in`);
  const row = page.locator(`tr[data-user-email="${email}"]`);
  await expect(row.locator("td").nth(3)).toHaveText("Europe/London");

  await row.getByRole("button", { name: "Edit Zone Probe" }).click();
  const edit = page.getByRole("form", { name: "Edit Zone Probe" });
  const box = edit.getByRole("combobox", { name: "Time zone" });
  await box.fill("sing");
  const option = page.getByRole("listbox", { name: "Time zone" }).getByRole("option", { name: /^Asia\/Singapore/ });
  await expect(option).toBeVisible();
  // The list lives in the top layer: the option is what the pointer hits at its centre, not the table's clip.
  const hit = await option.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2));
  });
  expect(hit).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await option.click();
  await expect(box).toHaveValue("Asia/Singapore");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(row.locator("td").nth(3)).toHaveText("Asia/Singapore");
});
