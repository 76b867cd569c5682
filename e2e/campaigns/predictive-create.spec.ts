/**
 * Issue 12, parts 1 and 3: creating, cloning and deleting predictive campaigns, with callable hours, through Chromium
 * → form → server action → signed CCC client → emulator, and what the emulator then holds.
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { pickTimeZone } from "../support/time-zone";
import { storageStatePath } from "../support/users";
import { utcWallTime, waitForFormReady } from "./cruise-helpers";
import { campaignWithStatus, countOf, detailPath, fillLists, tabTo } from "./predictive-helpers";

const CREATE = "CreatePredictiveDialingCampaign";

async function demo(emulator: EmulatorAdmin) {
  const { sdkAppId, caller, app } = await campaignWithStatus(emulator, 0);
  const group = app.skillGroups.find((g) => g.SkillGroupType === 0);
  if (!group) throw new Error("the demo app has no phone skill group");
  return { sdkAppId, caller, app, group };
}

async function openNew(page: Page, sdkAppId: number) {
  await page.goto(`/campaigns/predictive/new?app=${sdkAppId}`);
  await expect(page.getByRole("heading", { level: 1, name: "New predictive campaign" })).toBeVisible();
  await waitForFormReady(page);
}

/** Sets the calling windows through the callable-hours field: one row per [from, until]. */
async function setWindows(page: Page, windows: [string, string][]) {
  const hours = page.getByTestId("callable-hours");
  for (const [index, [from, until]] of windows.entries()) {
    await hours.getByRole("button", { name: "Add window" }).click();
    await hours.getByLabel(`From, window ${index + 1}`).fill(from);
    await hours.getByLabel(`Until, window ${index + 1}`).fill(until);
  }
}

async function newCampaigns(emulator: EmulatorAdmin, sdkAppId: number, before: Set<number>) {
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  return app?.predictiveCampaigns.filter((c) => !before.has(c.CampaignId)) ?? [];
}

async function idsOf(emulator: EmulatorAdmin, sdkAppId: number) {
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  return new Set(app?.predictiveCampaigns.map((c) => c.CampaignId));
}

test("creates a predictive campaign with every field entered, callable hours included", async ({ page, emulator }) => {
  // Every field of a long form, two accessibility scans and a page change: more than one page's default budget.
  test.setTimeout(90_000);
  const { sdkAppId, caller, group } = await demo(emulator);
  const before = await idsOf(emulator, sdkAppId);
  await page.goto("/campaigns/predictive");
  await page.getByRole("link", { name: "New campaign" }).click();
  await waitForFormReady(page);
  await expectNoSeriousA11yViolations(page);

  await page.locator("#name").fill("年末续费 Year-end renewals");
  await page.locator("#skillGroupId").selectOption(String(group.SkillGroupId));
  await page.locator("#priority").selectOption("2");
  await fillLists(page, ["+8613800138301", "+8613800138302"], caller);
  await pickTimeZone(page, "UTC", "Campaign time zone");
  const start = utcWallTime(24 * 60);
  await page.locator("#startTime").fill(start);
  await page.locator("#endTime").fill(utcWallTime(26 * 60));
  await setWindows(page, [
    ["09:00", "12:00"],
    ["13:30", "18:00"],
  ]);
  await page.locator("#expectedAbandonRate").fill("0");
  await page.locator("#retryTimes").fill("1");
  await page.locator("#uui").fill("batch-9");
  await page.getByRole("button", { name: "Add variable" }).click();
  await page.locator("#variables-0-key").fill("campaign");
  await page.locator("#variables-0-value").fill("renewals");
  await page.getByRole("button", { name: "Create campaign" }).click();

  await expect(page.getByTestId("created-notice")).toBeVisible();
  const [created] = await newCampaigns(emulator, sdkAppId, before);
  expect(created).toMatchObject({
    Name: "年末续费 Year-end renewals",
    SkillGroupId: group.SkillGroupId,
    Priority: 2,
    ExpectedAbandonRate: 0,
    RetryTimes: 1,
    UUI: "batch-9",
    Variables: [{ Key: "campaign", Value: "renewals" }],
    Callees: ["+8613800138301", "+8613800138302"],
    Callers: [caller],
    TimeZone: "UTC",
    AvailableTime: [
      { StartTime: "09:00:00", EndTime: "12:00:00" },
      { StartTime: "13:30:00", EndTime: "18:00:00" },
    ],
    StartTime: Date.parse(`${start}:00Z`) / 1000,
    Status: 0,
  });
  expect(created).not.toHaveProperty("IVRId");
  await expect(page).toHaveURL(new RegExp(`${detailPath(sdkAppId, created?.CampaignId ?? 0)}\\?created=1`));
  await expectNoSeriousA11yViolations(page);
});

test("a supervisor can create one with the keyboard alone, callable hours included", async ({ page, emulator }) => {
  test.setTimeout(90_000);
  const { sdkAppId, caller, app } = await demo(emulator);
  const before = await idsOf(emulator, sdkAppId);
  await openNew(page, sdkAppId);
  await tabTo(page, "#name");
  await page.keyboard.type("Keyboard create");
  await tabTo(page, "#skillGroupId");
  await page.keyboard.press("ArrowDown");
  const groupId = Number(await page.locator("#skillGroupId").inputValue());
  expect(app.skillGroups.map((g) => g.SkillGroupId)).toContain(groupId);
  await tabTo(page, "#callees");
  await page.keyboard.type(["+8613800138501", "+8613800138502"].join("\n"));
  await expect(page.getByTestId("callee-list-input")).toContainText("2");
  const box = page.getByRole("checkbox", { name: caller });
  if (!(await box.isChecked())) {
    await tabTo(page, `[id="callers-${caller}"]`);
    await page.keyboard.press("Space");
  }
  await expect(box).toBeChecked();
  await tabTo(page, "#timeZone");
  // The zone picker selects its text on focus: typing searches, Enter takes the best match.
  await page.keyboard.type("UTC");
  await page.keyboard.press("Enter");
  await expect(page.locator("#timeZone")).toHaveValue("UTC");
  // Chromium's datetime-local takes typed digits field by field; fill() drives it as the keyboard would.
  const start = utcWallTime(24 * 60);
  await tabTo(page, "#startTime");
  await page.locator("#startTime").fill(start);
  await tabTo(page, "#endTime");
  await page.locator("#endTime").fill(utcWallTime(27 * 60));
  // The first window comes as 09:00–18:00; its end is retyped, and a second window typed in whole.
  await tabTo(page, '[data-testid="callable-hours"] button:text-is("Add window")');
  await page.keyboard.press("Enter");
  await tabTo(page, "#availableTime-0-end");
  await page.keyboard.type("1200P");
  await expect(page.locator("#availableTime-0-end")).toHaveValue("12:00");
  await tabTo(page, '[data-testid="callable-hours"] button:text-is("Add window")');
  await page.keyboard.press("Enter");
  await tabTo(page, "#availableTime-1-start");
  await page.keyboard.type("0130P");
  await tabTo(page, "#availableTime-1-end");
  await page.keyboard.type("0500P");
  await expect(page.locator("#availableTime-1-end")).toHaveValue("17:00");
  await tabTo(page, "main form button[type=submit]");
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("created-notice")).toBeVisible();
  const [created] = await newCampaigns(emulator, sdkAppId, before);
  expect(created).toMatchObject({
    Name: "Keyboard create",
    SkillGroupId: groupId,
    Callees: ["+8613800138501", "+8613800138502"],
    Callers: [caller],
    TimeZone: "UTC",
    StartTime: Date.parse(`${start}:00Z`) / 1000,
    AvailableTime: [
      { StartTime: "09:00:00", EndTime: "12:00:00" },
      { StartTime: "13:30:00", EndTime: "17:00:00" },
    ],
  });
});

test("a file's extra columns become each new campaign's per-callee data", async ({ page, emulator }) => {
  const { sdkAppId, caller, group } = await demo(emulator);
  const before = await idsOf(emulator, sdkAppId);
  await openNew(page, sdkAppId);
  await page.locator("#name").fill("With callee data");
  await page.locator("#skillGroupId").selectOption(String(group.SkillGroupId));
  await page.getByRole("tab", { name: "Upload file" }).click();
  const csv = ["mobile,order,name", "13800138401,A-1,Zhang", "13800138402,,Li"].join("\n");
  await page
    .locator("#callees-file")
    .setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const mapping = page.getByTestId("attribute-mapping");
  await mapping.getByLabel("Column B: order").selectOption({ label: "UUI" });
  await mapping.getByLabel("Column C: name").selectOption({ label: "Variable “name”" });
  await expect(page.getByTestId("attribute-count")).toContainText("2 callees have their own data");
  await page.getByRole("checkbox", { name: caller }).check();
  await page.locator("#startTime").fill(utcWallTime(24 * 60));
  await page.locator("#endTime").fill(utcWallTime(25 * 60));
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByTestId("created-notice")).toBeVisible();
  const [created] = await newCampaigns(emulator, sdkAppId, before);
  expect(created?.CalleeAttributes).toEqual([
    { Callee: "+8613800138401", UUI: "A-1", Variables: [{ Key: "name", Value: "Zhang" }] },
    { Callee: "+8613800138402", Variables: [{ Key: "name", Value: "Li" }] },
  ]);
});

test("the week grid warns when no calling window falls between start and end", async ({ page, emulator }) => {
  const { sdkAppId } = await demo(emulator);
  await openNew(page, sdkAppId);
  await pickTimeZone(page, "UTC", "Campaign time zone");
  const day = utcWallTime(3 * 24 * 60).slice(0, 10);
  await page.locator("#startTime").fill(`${day}T19:00`);
  await page.locator("#endTime").fill(`${day}T21:00`);
  await setWindows(page, [["09:00", "12:00"]]);
  await expect(page.getByTestId("callable-hours-warning")).toBeVisible();
  await page.getByTestId("callable-hours").getByLabel("Until, window 1").fill("20:00");
  await expect(page.getByTestId("callable-hours-warning")).toBeHidden();
  await expectNoSeriousA11yViolations(page);
});

test("a refusal keeps the form: overlapping windows and a missing skill group, nothing sent", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, caller } = await demo(emulator);
  await openNew(page, sdkAppId);
  await page.locator("#name").fill("Overlap");
  await fillLists(page, ["+8613800138311"], caller);
  await page.locator("#startTime").fill(utcWallTime(24 * 60));
  await page.locator("#endTime").fill(utcWallTime(25 * 60));
  await setWindows(page, [
    ["09:00", "12:00"],
    ["11:00", "14:00"],
  ]);
  const sent = await countOf(emulator, CREATE);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const summary = page.getByRole("region", { name: "2 fields need attention." });
  await expect(summary.getByRole("link", { name: "Skill group: Choose a skill group." })).toBeVisible();
  // The summary names the row and its rule, not just the list.
  await expect(
    summary.getByRole("link", { name: "Callable hours, row 2: This window overlaps another one." }),
  ).toBeVisible();
  // The rule on the row that overlaps, named where it is.
  await expect(page.locator("#availableTime-1-start-error")).toHaveText("This window overlaps another one.");
  await expect(page.locator("#skillGroupId")).toBeFocused();
  await expect(page.locator("#name")).toHaveValue("Overlap");
  expect(await countOf(emulator, CREATE)).toBe(sent);
});

test("clones a campaign with its settings and lists, then deletes the clone behind a confirm", async ({
  page,
  emulator,
}) => {
  // Two creates through the whole form and a delete: more than one page's default budget.
  test.setTimeout(90_000);
  const { sdkAppId, caller, group } = await demo(emulator);
  const before = await idsOf(emulator, sdkAppId);
  // The original, made here so the console has its lists and hours.
  await openNew(page, sdkAppId);
  await page.locator("#name").fill("Original");
  await page.locator("#skillGroupId").selectOption(String(group.SkillGroupId));
  await fillLists(page, ["+8613800138321"], caller);
  await page.locator("#startTime").fill(utcWallTime(48 * 60));
  await page.locator("#endTime").fill(utcWallTime(50 * 60));
  await setWindows(page, [["08:00", "20:00"]]);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByTestId("created-notice")).toBeVisible();
  const [original] = await newCampaigns(emulator, sdkAppId, before);
  if (!original) throw new Error("the original was not created");

  await page.getByRole("link", { name: "Clone" }).click();
  await expect(page.getByTestId("clone-notice")).toBeVisible();
  await expect(page.getByTestId("clone-hours")).toContainText("created with here");
  await waitForFormReady(page);
  await expect(page.locator("#name")).toHaveValue("Original");
  await page.locator("#name").fill("Clone of original");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByTestId("created-notice")).toBeVisible();
  const clone = (await newCampaigns(emulator, sdkAppId, before)).find((c) => c.Name === "Clone of original");
  expect(clone).toMatchObject({
    SkillGroupId: original.SkillGroupId,
    Callees: original.Callees,
    Callers: original.Callers,
    AvailableTime: original.AvailableTime,
    TimeZone: original.TimeZone,
    StartTime: original.StartTime,
  });

  // Delete the clone: Escape cancels, confirm deletes, the list says which one went.
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByTestId("delete-dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await countOf(emulator, "DeletePredictiveDialingCampaign")).toBe(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete campaign" }).click();
  await expect(page.getByTestId("deleted-notice")).toContainText(String(clone?.CampaignId));
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  expect(app?.predictiveCampaigns.some((c) => c.CampaignId === clone?.CampaignId)).toBe(false);
});

test("a running campaign offers Clone but not Delete; its clone starts in the future", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await page.getByRole("link", { name: "Clone" }).click();
  await expect(page.getByTestId("clone-times-moved")).toBeVisible();
  await expect(page.getByTestId("clone-no-lists")).toBeVisible();
  await waitForFormReady(page);
  await expect(page.locator("#name")).toHaveValue(campaign.Name);
});

test("the create page in zh-CN is accessible", async ({ page, context, baseURL, emulator }) => {
  const { sdkAppId } = await demo(emulator);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  await page.goto(`/campaigns/predictive/new?app=${sdkAppId}`);
  await expect(page.getByRole("heading", { level: 1, name: "新建预测式外呼任务" })).toBeVisible();
  await waitForFormReady(page);
  await expectNoSeriousA11yViolations(page);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("there is no way to create or delete", async ({ page, emulator }) => {
    const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
    await page.goto("/campaigns/predictive");
    await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
    await page.goto(detailPath(sdkAppId, campaign.CampaignId));
    await expect(page.getByRole("link", { name: "Clone" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await page.goto(`/campaigns/predictive/new?app=${sdkAppId}`);
    await expect(page.getByText("You do not have permission to do this.")).toBeVisible();
  });
});
