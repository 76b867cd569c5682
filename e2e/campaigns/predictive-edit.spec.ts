/**
 * Editing a predictive campaign before it starts, through the real path: Chromium → server action → describe again
 * → UpdatePredictiveDialingCampaign on the emulator. Expectations are read back from the emulator's admin API.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { pickTimeZone } from "../support/time-zone";
import { storageStatePath } from "../support/users";
import {
  campaignWithStatus,
  countOf,
  detailPath,
  editPath,
  fillLists,
  openEditForm,
  tabTo,
} from "./predictive-helpers";

const UPDATE = "UpdatePredictiveDialingCampaign";
const NEW_CALLEES = ["+8613800138001", "+8613800138002", "+8613800138003"];

/** The datetime-local text of a Unix time in UTC (the test sets the form's zone to UTC). */
const wallUtc = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 16);

test("edits a pending campaign's callees, priority and start time, and CCC has exactly those", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, caller } = await campaignWithStatus(emulator, 0);
  // A campaign made outside this console (through CCC's API) with an id no earlier test or retry has edited.
  const [campaignId = 0] = await createPredictiveCampaigns(emulator, sdkAppId, 1, "Made elsewhere");
  const campaign = await emulator.predictiveCampaign(sdkAppId, campaignId);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit “${campaign.Name}”`);
  // CCC does not return the lists and this console never sent any: the form asks for them.
  await expect(page.getByTestId("lists-unknown")).toBeVisible();
  await expect(page.locator("#name")).toHaveValue(campaign.Name);
  await expectNoSeriousA11yViolations(page);

  await fillLists(page, NEW_CALLEES, caller);
  const priority = campaign.Priority === 1 ? 2 : 1;
  await page.getByLabel("Priority", { exact: true }).selectOption(String(priority));
  await pickTimeZone(page, "UTC");
  const newStart = campaign.StartTime + 3600;
  await page.locator("#startTime").fill(wallUtc(newStart - (newStart % 60)));
  await expect(page.getByText(`Unix ${newStart - (newStart % 60)}`)).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`${detailPath(sdkAppId, campaign.CampaignId)}\\?saved=1$`));
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  const after = await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId);
  expect(after.Callees).toEqual(NEW_CALLEES);
  expect(after.Callers).toEqual([caller]);
  expect(after.Priority).toBe(priority);
  expect(after.StartTime).toBe(newStart - (newStart % 60));
  // Everything else is what it was.
  expect(after.Name).toBe(campaign.Name);
  expect(after.EndTime).toBe(campaign.EndTime);
  expect(after.ExpectedAbandonRate).toBe(campaign.ExpectedAbandonRate);
  expect(after.RetryInterval).toBe(campaign.RetryInterval);
  await expect(page.getByTestId("field-priority")).toContainText(String(priority));
  // CCC's own callee count, read back from CCC (the list call), is the list just sent.
  await expect(page.getByTestId("field-progress")).toHaveText(`0 of ${NEW_CALLEES.length} callees`);

  // The console now knows the lists it sent: the next edit is prefilled with them.
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await expect(page.getByTestId("lists-unknown")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: caller })).toBeChecked();
});

test("a running campaign is read-only, and a direct action call is refused with nothing sent to CCC", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 1);
  await page.goto(editPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByTestId("read-only-reason")).toHaveAttribute("data-reason", "running");
  await expect(page.getByTestId("read-only-reason")).toContainText("It is running");
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const id = actionId("updatePredictiveCampaignAction");
  expect(id, "the edit form references the update action").toBeTruthy();
  const total = (await emulator.requestCounts()).total;
  const start = Math.floor(Date.now() / 1000) + 7200;
  const edit = {
    sdkAppId,
    campaignId: campaign.CampaignId,
    name: "Hijacked",
    callees: "+8613800138009", // the wire form (toWire)
    callers: [caller],
    callOrder: 1,
    skillGroupId: campaign.SkillGroupId,
    priority: 1,
    expectedAbandonRate: 10,
    retryInterval: 600,
    retryTimes: 1,
    startTime: start,
    endTime: start + 3600,
    variables: [],
  };
  const snapshot = {
    name: campaign.Name,
    callOrder: campaign.CallOrder,
    skillGroupId: campaign.SkillGroupId,
    ivrId: campaign.IVRId ?? null,
    priority: campaign.Priority,
    expectedAbandonRate: campaign.ExpectedAbandonRate,
    retryTimes: campaign.RetryTimes ?? null,
    retryInterval: campaign.RetryInterval,
    startTime: campaign.StartTime,
    endTime: campaign.EndTime,
    variables: (campaign.Variables ?? []).map((v) => ({ key: v.Key, value: v.Value })),
    uui: campaign.UUI ?? null,
    status: "running",
    statusReason: 0,
  };
  const response = await postAction(page.request, editPath(sdkAppId, campaign.CampaignId), id ?? "", [
    { ...edit, snapshot },
  ]);
  const body = await response.text();
  expect(body).toContain('"outcome":"notEditable"');
  expect(body).toContain('"reason":"running"');
  expect((await emulator.requestCounts()).total).toBe(total);

  // Claiming it is still pending does not help: the server describes it again and sends no update.
  const updates = await countOf(emulator, UPDATE);
  const forged = await postAction(page.request, editPath(sdkAppId, campaign.CampaignId), id ?? "", [
    { ...edit, snapshot: { ...snapshot, status: "pending", startTime: start - 60 } },
  ]);
  expect(await forged.text()).toContain('"reason":"running"');
  expect(await countOf(emulator, UPDATE)).toBe(updates);
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Name).toBe(campaign.Name);
});

test("the start passes while the form is open: refused on submit, input kept", async ({ page, emulator }) => {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await fillLists(page, NEW_CALLEES, caller);
  await page.locator("#name").fill("Renamed at the last minute");

  // CCC's clock passes StartTime (the emulator's campaign clock; the console's own clock has not got there, so
  // only the server's fresh Describe can tell).
  const clock = await emulator.clock();
  await emulator.advanceClock(campaign.StartTime - clock.nowSeconds + 5);
  const updates = await countOf(emulator, UPDATE);
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByTestId("blocked-reason")).toHaveAttribute("data-reason", "running");
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toContainText("started running");
  await expect(page.locator("#name")).toHaveValue("Renamed at the last minute");
  await expect(page.locator("#callees")).toHaveValue(NEW_CALLEES.join("\n"));
  await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
  expect(await countOf(emulator, UPDATE)).toBe(updates);
});

test("a start time a few seconds ahead that passes before submit is refused on the console's own clock", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
  const startTime = Math.floor(Date.now() / 1000) + 6;
  await emulator.setPredictiveCampaign(sdkAppId, campaign.CampaignId, { StartTime: startTime });
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await fillLists(page, NEW_CALLEES, caller);
  await page.locator("#name").fill("Too late");
  const updates = await countOf(emulator, UPDATE);
  await page.waitForTimeout(Math.max(0, (startTime + 1) * 1000 - Date.now()));
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.locator("#startTime-error")).toHaveText("The start time must be in the future.");
  await expect(page.locator("#name")).toHaveValue("Too late");
  expect(await countOf(emulator, UPDATE)).toBe(updates);
});

test("two people edit the same campaign: the second gets the conflict view and can re-apply", async ({
  browser,
  emulator,
}) => {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
  const first = await browser.newContext({ storageState: storageStatePath("supervisor") });
  const second = await browser.newContext({ storageState: storageStatePath("supervisor") });
  const [a, b] = [await first.newPage(), await second.newPage()];
  await openEditForm(a, sdkAppId, campaign.CampaignId);
  await openEditForm(b, sdkAppId, campaign.CampaignId);

  const priority = campaign.Priority === 5 ? 4 : 5;
  await fillLists(a, NEW_CALLEES, caller);
  await a.getByLabel("Priority", { exact: true }).selectOption(String(priority));
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("saved-notice")).toBeVisible();

  await fillLists(b, NEW_CALLEES.slice(0, 2), caller);
  await b.locator("#name").fill("Second editor's name");
  const updates = await countOf(emulator, UPDATE);
  await b.getByRole("button", { name: "Save changes" }).click();
  const conflict = b.getByTestId("conflict-view");
  await expect(conflict).toBeVisible();
  const row = conflict.locator('tr[data-conflict-field="priority"]');
  await expect(row.getByRole("cell").nth(0)).toHaveText(String(campaign.Priority));
  await expect(row.getByRole("cell").nth(1)).toHaveText(String(priority));
  await expect(conflict.locator("tr[data-conflict-field]")).toHaveCount(1);
  expect(await countOf(emulator, UPDATE)).toBe(updates);
  await expectNoSeriousA11yViolations(b);

  await conflict.getByRole("button", { name: "Re-apply my changes on top" }).click();
  await expect(conflict).toHaveCount(0);
  // Their own edit is kept; the field they did not touch took the other editor's value.
  await expect(b.locator("#name")).toHaveValue("Second editor's name");
  await expect(b.getByLabel("Priority", { exact: true })).toHaveValue(String(priority));
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("saved-notice")).toBeVisible();

  const after = await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId);
  expect(after.Name).toBe("Second editor's name");
  expect(after.Priority).toBe(priority);
  expect(after.Callees).toEqual(NEW_CALLEES.slice(0, 2));
  await first.close();
  await second.close();
});

test("the whole edit works from the keyboard alone", async ({ page, emulator }) => {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await tabTo(page, "#name");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Keyboard edit");
  await tabTo(page, "#priority");
  await page.keyboard.press("Home");
  await tabTo(page, "#callees");
  await page.keyboard.type(NEW_CALLEES.join("\n"));
  await expect(page.getByTestId("callee-list-input")).toContainText(String(NEW_CALLEES.length));
  // The only usable caller number may already be chosen for the user; otherwise tick it with Space.
  const box = page.getByRole("checkbox", { name: caller });
  await expect(box).toBeEnabled();
  if (!(await box.isChecked())) {
    await tabTo(page, `[id="callers-${caller}"]`);
    await page.keyboard.press("Space");
  }
  await expect(box).toBeChecked();
  await tabTo(page, "main form button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("saved-notice")).toBeVisible();

  const after = await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId);
  expect(after.Name).toBe("Keyboard edit");
  expect(after.Priority).toBe(1);
  expect(after.Callees).toEqual(NEW_CALLEES);
});

test("shows field errors at the boundaries without calling CCC", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  // An earlier test may have sent lists for this campaign (the form then prefills them): empty the callees.
  await page.getByTestId("callee-list-input").getByRole("button", { name: "Clear", exact: true }).click();
  await page.locator("#expectedAbandonRate").fill("51");
  await page.locator("#retryTimes").fill("3");
  await page.locator("#retryInterval-hours").fill("24");
  await page.locator("#retryInterval-minutes").fill("0");
  await page.locator("#retryInterval-seconds").fill("1");
  const updates = await countOf(emulator, UPDATE);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#expectedAbandonRate-error")).toHaveText("Enter a rate from 5 to 50 percent.");
  await expect(page.locator("#retryTimes-error")).toHaveText("Enter 0, 1 or 2 retries.");
  await expect(page.locator("#retryInterval-error")).toHaveText(
    "Enter an interval from 1 minute to 24 hours (60–86,400 seconds).",
  );
  await expect(page.locator("#callees-error")).toHaveText("Add at least one callee.");
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await countOf(emulator, UPDATE)).toBe(updates);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  for (const name of [
    "updatePredictiveCampaignAction",
    "pausePredictiveCampaignAction",
    "resumePredictiveCampaignAction",
  ]) {
    test(`${name} called directly is refused before CCC`, async ({ page, emulator }) => {
      const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
      const id = actionId(name);
      expect(id, `${name} should be in the build's action manifest`).toBeTruthy();
      const total = (await emulator.requestCounts()).total;
      const response = await postAction(page.request, detailPath(sdkAppId, campaign.CampaignId), id ?? "", [
        { sdkAppId, campaignId: campaign.CampaignId },
      ]);
      const body = await response.text();
      expect(body).toContain('"code":"forbidden"');
      expect(body).not.toContain('"data"');
      expect((await emulator.requestCounts()).total).toBe(total);
    });
  }
});

test("the edit form reads well in Chinese and has no serious accessibility violations", async ({
  page,
  context,
  baseURL,
  emulator,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
  await page.goto(editPath(sdkAppId, campaign.CampaignId));
  await expect(page.getByRole("button", { name: "保存修改" })).toBeEnabled();
  await expect(page.getByText("1 为最高优先级")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
