/**
 * The schedule at a glance through the real path: campaigns made in the emulator (CCC's API) show as bars from start
 * to end in the viewer's zone, two on the same skill group at the same time stand out as overlapping, a pending one
 * says how long it stays editable, the table carries the same facts, and a bar opens its campaign.
 */
import { campaignWithStatus } from "../campaigns/predictive-helpers";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";
import { SUPERVISOR_ZONE, shownIn } from "../support/time-zone";
import { storageStatePath } from "../support/users";

test.use({ storageState: storageStatePath("supervisor") });

const ZONE = SUPERVISOR_ZONE;
const day = (unix: number) => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(unix * 1000);
const shown = (unix: number, locale = "en") => shownIn(unix, ZONE, locale);

test("shows campaigns as bars, marks overlaps and the edit window, and a bar opens its campaign", async ({
  page,
  emulator,
  context,
  baseURL,
}) => {
  const { sdkAppId, app } = await campaignWithStatus(emulator, 0);
  // Two campaigns on the same skill group for the same time, made outside the console.
  const ids = await createPredictiveCampaigns(emulator, sdkAppId, 2, "Schedule probe");
  const [first, second] = await Promise.all(ids.map((id) => emulator.predictiveCampaign(sdkAppId, id)));
  if (!first || !second) throw new Error("the seeder made no campaigns");
  const group = app.skillGroups.find((g) => g.SkillGroupId === first.SkillGroupId);

  // Through the filter form: the week holding the campaigns' start.
  await page.goto("/campaigns/schedule");
  await expect(page.getByRole("link", { name: "Schedule" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("App", { exact: true }).selectOption(String(sdkAppId));
  await page.getByLabel("Show", { exact: true }).selectOption("week");
  await page.getByLabel("Date").fill(day(first.StartTime));
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`app=${sdkAppId}&view=week&date=${day(first.StartTime)}`));

  const keyOf = (id: number) => `predictive:${sdkAppId}:${id}`;
  const row = (id: number) => page.locator(`tr[data-key="${keyOf(id)}"]`);
  await expect(row(first.CampaignId).locator("th")).toHaveText(first.Name);
  await expect(row(first.CampaignId).getByTestId("schedule-status")).toHaveText("Pending");
  await expect(row(first.CampaignId).getByTestId("schedule-start")).toHaveText(shown(first.StartTime));
  await expect(row(first.CampaignId).getByTestId("schedule-end")).toHaveText(shown(first.EndTime));
  await expect(row(first.CampaignId)).toContainText(`Skill group ${group?.SkillGroupName}`);
  await expect(row(first.CampaignId).getByTestId("schedule-editable-cell")).toContainText(
    `Until ${shown(first.StartTime)}`,
  );
  await expect(row(first.CampaignId).getByTestId("schedule-overlaps")).toContainText(second.Name);
  await expect(row(second.CampaignId).getByTestId("schedule-overlaps")).toContainText(first.Name);
  await expect(page.getByTestId("schedule-overlap-summary")).toBeVisible();

  // The chart: both bars outlined as overlapping; the bar's name says what the table says.
  const bar = (id: number) => page.locator(`[data-testid="schedule-bar"][data-key="${keyOf(id)}"]`);
  await expect(bar(first.CampaignId)).toHaveAttribute("data-overlap", "true");
  await expect(bar(second.CampaignId)).toHaveAttribute("data-overlap", "true");
  const link = bar(first.CampaignId).locator("a");
  await expect(link).toHaveAttribute(
    "aria-label",
    `${first.Name}, Predictive, Pending, ${shown(first.StartTime)} to ${shown(first.EndTime)}, 0 of 3 callees, ` +
      `editable until ${shown(first.StartTime)}, overlaps another campaign`,
  );
  await expectNoSeriousA11yViolations(page);

  // Keyboard: the bar is a link; Enter opens the campaign.
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/campaigns/predictive/${sdkAppId}/${first.CampaignId}$`));

  // Today's day view has a now line.
  await page.goto(`/campaigns/schedule?app=${sdkAppId}&view=day`);
  await expect(page.getByTestId("schedule-period")).toBeVisible();
  const running = (await emulator.state()).apps[0]?.predictiveCampaigns.some(
    (c) => c.Status === 1 && c.StartTime * 1000 <= Date.now() && c.EndTime * 1000 > Date.now(),
  );
  if (running) await expect(page.getByTestId("schedule-now")).toBeVisible();

  // The same week in Chinese, axe clean there too.
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  await page.goto(`/campaigns/schedule?app=${sdkAppId}&view=week&date=${day(first.StartTime)}`);
  await expect(row(first.CampaignId).getByTestId("schedule-status")).toHaveText("待开始");
  await expect(row(first.CampaignId).getByTestId("schedule-start")).toHaveText(shown(first.StartTime, "zh-CN"));
  await expectNoSeriousA11yViolations(page);
});
