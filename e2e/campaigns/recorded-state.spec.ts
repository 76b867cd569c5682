/**
 * Finished and aborted campaigns: once the console has seen one, its page shows the console's record without asking
 * CCC, says when it was recorded, and "Refresh from CCC" reads it again. Request counts come from the emulator.
 */
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { campaignWithStatus, countOf, detailPath } from "./predictive-helpers";

const notice = (page: Page) => page.getByTestId("recorded-state");

test("a finished predictive campaign comes from the record until Refresh from CCC", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 4);
  const describes = () => countOf(emulator, "DescribePredictiveDialingCampaign");
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByTestId("field-status")).toContainText("Finished");
  // The first view asked CCC; what it saw is now the console's record.
  await expect(notice(page)).toHaveCount(0);
  const afterFirstView = await describes();

  await page.reload();
  await expect(notice(page)).toContainText("recorded on");
  await expect(page.getByTestId("field-status")).toContainText("Finished");
  expect(await describes()).toBe(afterFirstView);
  await expectNoSeriousA11yViolations(page);

  // Changed behind the console's back (CCC itself would not): the record still shows the old end time.
  const endTime = campaign.EndTime + 3_600;
  const utc = (unix: number) => `${new Date(unix * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  await emulator.setPredictiveCampaign(sdkAppId, campaign.CampaignId, { EndTime: endTime });
  await page.reload();
  await expect(page.getByTestId("field-endTime")).toContainText(utc(campaign.EndTime));
  const recordedText = await notice(page).textContent();

  await page.getByRole("button", { name: "Refresh from CCC" }).click();
  await expect(page.getByTestId("field-endTime")).toContainText(utc(endTime));
  await expect(page).toHaveURL(new RegExp(`${detailPath(sdkAppId, campaign.CampaignId)}$`));
  await expect(notice(page)).not.toHaveText(recordedText ?? "");
  expect(await describes()).toBe(afterFirstView + 1);
});

test("a finished cruise campaign comes from the record, and a refresh that finds it live drops it", async ({
  page,
  emulator,
}) => {
  const app = (await emulator.state()).apps[0];
  const campaign = app?.cruiseCampaigns[0];
  if (!app || !campaign) throw new Error("The emulator's first app has no cruise campaign");
  const path = `/campaigns/cruise/${app.SdkAppId}/${campaign.CampaignId}`;
  const describes = () => countOf(emulator, "DescribeAgentCruiseDialingCampaign");
  await emulator.setCruiseCampaign(app.SdkAppId, campaign.CampaignId, { State: 2 });
  const badge = page.getByTestId("campaign-live").locator("[data-state]");

  await page.goto(path);
  await expect(badge).toHaveText("Finished");
  await expect(notice(page)).toHaveCount(0);
  await page.reload();
  await expect(notice(page)).toBeVisible();
  await expect(badge).toHaveText("Finished");
  const afterViews = await describes();
  await page.reload();
  await expect(notice(page)).toBeVisible();
  expect(await describes()).toBe(afterViews);
  await expectNoSeriousA11yViolations(page);

  await emulator.setCruiseCampaign(app.SdkAppId, campaign.CampaignId, {
    State: 1,
    StartTime: Math.floor(Date.now() / 1000) - 600,
  });
  await page.getByRole("button", { name: "Refresh from CCC" }).click();
  await expect(badge).toHaveText("Running");
  await expect(notice(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});
