/**
 * Issue 12, part 9: a cruise campaign made elsewhere (through CCC's API), opened by ID from the list, is offered
 * "Add to my list"; once added it is in the cruise list with its live state and its page says who added it.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createCruiseCampaignElsewhere } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

test("opens a campaign made elsewhere by ID and adds it to the cruise list", async ({ page, emulator }) => {
  const sdkAppId = (await emulator.state()).apps[0]?.SdkAppId ?? 0;
  const name = `Made elsewhere ${Date.now()}`;
  const campaignId = await createCruiseCampaignElsewhere(emulator, sdkAppId, name);

  await page.goto("/campaigns/cruise");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await page.locator("#open-app").selectOption(String(sdkAppId));
  await page.locator("#open-id").fill(String(campaignId));
  await page.locator("#open-id").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/campaigns/cruise/${sdkAppId}/${campaignId}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const offer = page.getByTestId("track-campaign");
  await expect(offer).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await offer.getByRole("button", { name: "Add to my list" }).click();
  await expect(offer.getByRole("status")).toHaveText("Added to the cruise list. Open the list");
  await offer.getByRole("link", { name: "Open the list" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Not started");

  // Added once: the page no longer offers it and says who added it.
  await page.goto(`/campaigns/cruise/${sdkAppId}/${campaignId}`);
  await expect(page.getByTestId("track-campaign")).toHaveCount(0);
  await expect(page.getByText("Added to the list by")).toBeVisible();
  await expect(page.getByTestId("detail-createdBy")).toHaveText("supervisor@e2e.local");
});

test("the offer in zh-CN is accessible", async ({ page, context, baseURL, emulator }) => {
  const sdkAppId = (await emulator.state()).apps[0]?.SdkAppId ?? 0;
  const campaignId = await createCruiseCampaignElsewhere(emulator, sdkAppId, `别处创建 ${Date.now()}`);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  await page.goto(`/campaigns/cruise/${sdkAppId}/${campaignId}`);
  await expect(page.getByRole("button", { name: "添加到我的列表" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("is not offered to add a campaign (it needs campaign:write)", async ({ page, emulator }) => {
    const sdkAppId = (await emulator.state()).apps[0]?.SdkAppId ?? 0;
    const name = `Viewer sees ${Date.now()}`;
    const campaignId = await createCruiseCampaignElsewhere(emulator, sdkAppId, name);
    await page.goto(`/campaigns/cruise/${sdkAppId}/${campaignId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("track-campaign")).toHaveCount(0);
  });
});
