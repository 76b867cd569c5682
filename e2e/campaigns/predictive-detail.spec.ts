/**
 * The campaign detail page and its lifecycle calls: Chromium → server action → signed client → emulator. Each
 * transition is checked in the emulator's state, not only on the page.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";
import { campaignWithStatus, detailPath } from "./predictive-helpers";

test("shows every field of the campaign, times in the user's zone with UTC", async ({ page, emulator }) => {
  const { sdkAppId, campaign, app } = await campaignWithStatus(emulator, 0);
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign.Name);
  await expect(page.getByTestId("field-campaignId")).toHaveText(String(campaign.CampaignId));
  await expect(page.getByTestId("field-status")).toContainText("Pending");
  const group = app.skillGroups.find((g) => g.SkillGroupId === campaign.SkillGroupId);
  await expect(page.getByTestId("field-skillGroup")).toHaveText(
    `${group?.SkillGroupName} (ID ${campaign.SkillGroupId})`,
  );
  await expect(page.getByTestId("field-expectedAbandonRate")).toHaveText(`${campaign.ExpectedAbandonRate}%`);
  const utc = new Date(campaign.StartTime * 1000).toISOString().slice(0, 16).replace("T", " ");
  await expect(page.getByTestId("field-startTime")).toContainText(`${utc} UTC`);
  for (const field of [
    "priority",
    "callOrder",
    "retryTimes",
    "retryInterval",
    "endTime",
    "ivrId",
    "uui",
    "variables",
  ]) {
    await expect(page.getByTestId(`field-${field}`)).not.toBeEmpty();
  }
  await expect(page.getByRole("link", { name: "Edit campaign" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("pauses and resumes a running campaign through confirm dialogs", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByRole("button", { name: "Resume" })).toHaveCount(0);
  await page.getByRole("button", { name: "Pause" }).click();
  const pause = page.getByRole("dialog", { name: `Pause “${campaign.Name}”?` });
  await expect(pause.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await pause.getByRole("button", { name: "Pause campaign" }).click();
  await expect(pause).toBeHidden();
  await expect(page.getByTestId("field-status")).toContainText("Paused");
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Status).toBe(2);

  await page.getByRole("button", { name: "Resume" }).click();
  const resume = page.getByRole("dialog", { name: `Resume “${campaign.Name}”?` });
  await resume.getByRole("button", { name: "Resume campaign" }).click();
  await expect(resume).toBeHidden();
  await expect(page.getByTestId("field-status")).toContainText("Running");
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Status).toBe(1);

  await page.goto(`/audit?action=PausePredictiveDialingCampaign&campaign=${campaign.CampaignId}`);
  await expect(page.locator("tr[data-audit-id]").first()).toContainText("Succeeded");
});

test("aborts from the detail page, after which no lifecycle call is offered", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 2);
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await page.getByRole("button", { name: `Abort ${campaign.Name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Abort campaign" }).click();
  await expect(page.getByTestId("field-status")).toContainText("Aborted");
  await expect(page.getByTestId("field-status")).toContainText("Ended manually");
  await expect(page.getByTestId("lifecycle-controls").getByRole("button")).toHaveCount(0);
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Status).toBe(3);
});

test("shows CCC's refusal in the dialog and leaves the campaign as it was", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
  await emulator.injectFault({
    action: "PausePredictiveDialingCampaign",
    kind: "error",
    code: "InternalError",
    times: 10,
  });
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await page.getByRole("button", { name: "Pause" }).click();
  const dialog = page.getByRole("dialog", { name: `Pause “${campaign.Name}”?` });
  await dialog.getByRole("button", { name: "Pause campaign" }).click();
  await expect(dialog.getByTestId("pause-error")).toHaveAttribute("data-code", "InternalError");
  await expect(dialog).toBeVisible();
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Status).toBe(1);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees the details without edit or lifecycle controls, and the edit page says why", async ({
    page,
    emulator,
  }) => {
    const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
    await page.goto(detailPath(sdkAppId, campaign.CampaignId));
    await expect(page.getByTestId("field-name")).toHaveText(campaign.Name);
    await expect(page.getByRole("link", { name: "Edit campaign" })).toHaveCount(0);
    await expect(page.getByTestId("lifecycle-controls")).toHaveCount(0);
    await page.goto(`${detailPath(sdkAppId, campaign.CampaignId)}/edit`);
    await expect(page.getByTestId("read-only-reason")).toHaveAttribute("data-reason", "noPermission");
  });
});

test("an unknown campaign or a foreign app is not found", async ({ page, emulator }) => {
  const { sdkAppId } = await campaignWithStatus(emulator, 0);
  // The status line is already sent when the page streams, so the not-found page is what tells.
  await page.goto(detailPath(sdkAppId, 987654));
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto(detailPath(1, 1));
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto(`${detailPath(1, 1)}/edit`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
