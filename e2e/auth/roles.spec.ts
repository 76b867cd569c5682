/** What each role sees in the header. Server actions check roles themselves; this covers what the UI offers. */
import { expect, test } from "../support/fixtures";
import { E2E_USERS, storageStatePath } from "../support/users";

test.describe("viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees the role and no admin or audit navigation", async ({ page }) => {
    await page.goto("/campaigns/predictive");
    await expect(page.getByTestId("header-user-name")).toHaveText(E2E_USERS.viewer.displayName);
    await expect(page.getByTestId("header-user-role")).toHaveText("Viewer");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Predictive campaigns" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Agent cruise" })).toHaveAttribute("href", "/campaigns/cruise");
    await expect(nav.getByRole("link", { name: "Schedule" })).toHaveAttribute("href", "/campaigns/schedule");
    await expect(nav.getByRole("link", { name: "Do not call" })).toHaveAttribute("href", "/do-not-call");
    await expect(nav.getByRole("link")).toHaveCount(4);
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("sees the users and audit navigation, in Chinese too", async ({ page }) => {
    await page.goto("/campaigns/predictive");
    await expect(page.getByTestId("header-user-role")).toHaveText("Administrator");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Users" })).toHaveAttribute("href", "/admin/users");
    await expect(nav.getByRole("link", { name: "Audit trail" })).toHaveAttribute("href", "/audit");

    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByTestId("header-user-role")).toHaveText("管理员");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByTestId("header-user-role")).toHaveText("Administrator");
  });
});

test.describe("supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("sees the audit trail but not user management", async ({ page }) => {
    await page.goto("/campaigns/predictive");
    await expect(page.getByTestId("header-user-role")).toHaveText("Supervisor");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Audit trail" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  });
});
