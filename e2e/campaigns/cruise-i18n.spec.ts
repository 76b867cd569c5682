/** Every cruise page in Simplified Chinese: translated, and still without serious accessibility violations. */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";

test("the cruise pages in zh-CN", async ({ page, context, baseURL, emulator }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  const app = (await emulator.state()).apps[0];
  const running = app?.cruiseCampaigns.find((c) => c.State === 1);

  await page.goto("/campaigns/cruise");
  await expect(page.getByRole("heading", { level: 1, name: "座席巡航外呼任务" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/campaigns/cruise/new");
  await expect(page.getByRole("heading", { level: 1, name: "新建座席巡航外呼任务" })).toBeVisible();
  await page.getByRole("button", { name: "创建任务" }).click();
  await expect(page.locator("#name-error")).toHaveText("请输入名称。");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/campaigns/cruise/${app?.SdkAppId}/${running?.CampaignId}`);
  await expect(page.getByTestId("campaign-live").locator("[data-state]")).toHaveText("进行中");
  await page.getByRole("button", { name: "终止任务" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
