/**
 * Issue 12, parts 7 and 8 through Chromium, the server actions and the emulator: a campaign keeps the zone it was
 * planned in (its pages show its times there, with the viewer's zone beside), any user sets their own zone, and
 * the edit form leaves fields CCC has unset unset (what the emulator stored proves nothing was invented).
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";
import { pickTimeZone, SUPERVISOR_ZONE, shownIn } from "../support/time-zone";
import { storageStatePath } from "../support/users";
import { demoApp, fillCruiseForm, utcWallTime } from "./cruise-helpers";
import { campaignWithStatus, detailPath, fillLists, openEditForm } from "./predictive-helpers";

const PLANNED = "America/New_York";

test("a save that touches nothing CCC left unset sends none of it, and records the zone it was planned in", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, caller } = await campaignWithStatus(emulator, 0);
  // Made through CCC's API without RetryTimes, IVRId, UUI or Variables.
  const [campaignId = 0] = await createPredictiveCampaigns(emulator, sdkAppId, 1, "Unset fields");
  const before = await emulator.predictiveCampaign(sdkAppId, campaignId);
  expect(before.RetryTimes).toBeUndefined();

  await openEditForm(page, sdkAppId, campaignId);
  for (const id of ["#retryTimes", "#ivrId"]) {
    await expect(page.locator(id)).toHaveValue("");
    await expect(page.locator(id)).toHaveAttribute("placeholder", "not set");
  }
  await expectNoSeriousA11yViolations(page);

  await fillLists(page, ["+8613800138201"], caller);
  await page.locator("#name").fill("Planned in New York");
  await pickTimeZone(page, PLANNED);
  // The times now read in New York; the supervisor's own zone is named beside them.
  await expect(page.locator("#startTime-hint")).toContainText(`in your zone (${SUPERVISOR_ZONE})`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();

  const after = await emulator.predictiveCampaign(sdkAppId, campaignId);
  expect(after.Name).toBe("Planned in New York");
  for (const field of ["RetryTimes", "IVRId", "UUI", "Variables"]) expect(after).not.toHaveProperty(field);

  const start = page.getByTestId("field-startTime");
  await expect(start).toContainText(`${shownIn(after.StartTime, PLANNED)} (${PLANNED})`);
  await expect(start.getByTestId("viewer-zone-time")).toHaveText(
    `${shownIn(after.StartTime, SUPERVISOR_ZONE)} in your zone (${SUPERVISOR_ZONE})`,
  );
  await expect(page.getByTestId("planned-zone-note")).toContainText(PLANNED);
  await expect(page.getByTestId("field-retryTimes")).toHaveText("Not set");
  await expectNoSeriousA11yViolations(page);

  // The next edit starts in the planned zone.
  await openEditForm(page, sdkAppId, campaignId);
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue(PLANNED);
});

test("emptying a retry count CCC holds is refused on the field, with nothing sent", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
  test.skip(campaign.RetryTimes === undefined, "the seeded pending campaign has no RetryTimes");
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await expect(page.locator("#retryTimes")).toHaveValue(String(campaign.RetryTimes));
  await page.locator("#retryTimes").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#retryTimes-error")).toHaveText(
    "CCC has a value here and cannot unset it: enter a value.",
  );
});

test("a cruise campaign created in UTC shows its times in UTC, with the viewer's zone beside", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const name = `Planned in UTC ${Date.now()}`;
  await page.goto("/campaigns/cruise/new");
  await fillCruiseForm(page, {
    sdkAppId,
    name,
    agentMail: agent.Mail,
    agentName: agent.Name ?? undefined,
    concurrency: 1,
    start: utcWallTime(60),
    end: utcWallTime(120),
    callees: ["+8613800138301"],
    callers: callers.slice(0, 1),
    inOrder: false,
    uui: "",
  });
  await page.getByRole("button", { name: "Create campaign" }).click();
  const campaignId = Number(await page.getByTestId("created-campaign-id").textContent());
  await page.goto(`/campaigns/cruise/${sdkAppId}/${campaignId}`);
  const stored = await emulator.cruiseCampaign(sdkAppId, campaignId);
  const start = page.getByTestId("detail-start");
  await expect(start).toContainText(`${shownIn(stored.StartTime, "UTC")} (UTC)`);
  await expect(start.getByTestId("viewer-zone-time")).toContainText(shownIn(stored.StartTime, SUPERVISOR_ZONE));
  await expect(page.getByTestId("planned-zone-note")).toContainText("UTC, the zone this campaign was planned in");
});

test.describe("a viewer's own settings", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sets their own zone, and a campaign planned nowhere is then shown in it", async ({ page, emulator }) => {
    const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1, name: "My settings" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    try {
      await pickTimeZone(page, "Europe/Berlin", "My time zone");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("settings-status")).toHaveText("Saved: times are now shown in Europe/Berlin.");
      await page.goto(detailPath(sdkAppId, campaign.CampaignId));
      await expect(page.getByTestId("field-startTime")).toContainText(
        `${shownIn(campaign.StartTime, "Europe/Berlin")} (Europe/Berlin)`,
      );
    } finally {
      // Other specs expect the seeded zone.
      await page.goto("/settings");
      await pickTimeZone(page, SUPERVISOR_ZONE, "My time zone");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByTestId("settings-status")).toContainText(SUPERVISOR_ZONE);
    }
  });
});
