/**
 * Creating an agent cruise campaign: Chromium → form → server action → signed CCC client → emulator, and what the
 * emulator then holds. Faults are injected through the emulator's admin API.
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import {
  CREATE_ACTION,
  type CruiseFormInput,
  createCalls,
  demoApp,
  expectedCampaign,
  expectFormStillFilled,
  fillCruiseForm,
  REQUEST_ID,
  utcWallTime,
  waitForCalleeReport,
  waitForFormReady,
} from "./cruise-helpers";

const CALLEES = ["+8613800138001", "+8613800138002", "+8613800138003"];

async function formInput(emulator: EmulatorAdmin, overrides: Partial<CruiseFormInput> = {}): Promise<CruiseFormInput> {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  return {
    sdkAppId,
    name: "续费回访 Renewal callbacks",
    agentMail: agent.Mail,
    agentName: agent.Name ?? undefined,
    concurrency: 4,
    start: utcWallTime(60),
    end: utcWallTime(180),
    callees: CALLEES,
    callers,
    inOrder: true,
    uui: "batch-7",
    ...overrides,
  };
}

async function newCampaignIds(emulator: EmulatorAdmin, sdkAppId: number, before: Set<number>) {
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  return app?.cruiseCampaigns.filter((c) => !before.has(c.CampaignId)) ?? [];
}

async function existingIds(emulator: EmulatorAdmin, sdkAppId: number) {
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  return new Set(app?.cruiseCampaigns.map((c) => c.CampaignId));
}

async function openForm(page: Page) {
  await page.goto("/campaigns/cruise/new");
  await expect(page.getByRole("heading", { level: 1, name: "New agent cruise campaign" })).toBeVisible();
  await waitForFormReady(page);
}

test("creates a campaign with exactly the values entered, then shows its ids", async ({ page, emulator }) => {
  const input = await formInput(emulator);
  const before = await existingIds(emulator, input.sdkAppId);
  await openForm(page);
  await expectNoSeriousA11yViolations(page);
  await fillCruiseForm(page, input);
  await expect(page.getByTestId("agent-status")).toContainText(input.agentMail);
  await page.getByRole("button", { name: "Create campaign" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  const created = await newCampaignIds(emulator, input.sdkAppId, before);
  expect(created).toHaveLength(1);
  const campaign = created[0];
  expect(campaign).toMatchObject({ ...expectedCampaign(input), Callees: CALLEES, State: 0 });
  await expect(page.getByTestId("created-campaign-id")).toHaveText(String(campaign?.CampaignId));
  await expect(page.getByTestId("created-request-id")).toHaveText(REQUEST_ID);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "All agent cruise campaigns" }).click();
  const row = page.locator(`tr[data-campaign-id="${campaign?.CampaignId}"]`);
  await expect(row).toContainText(input.name);
  await expect(row.locator("[data-state]")).toHaveText("Not started");
  await expectNoSeriousA11yViolations(page);
});

test("a double click on submit creates one campaign", async ({ page, emulator }) => {
  const input = await formInput(emulator, { name: "Double click" });
  const before = await existingIds(emulator, input.sdkAppId);
  const calls = await createCalls(emulator);
  // Slow CCC down so both clicks land while the first request is in flight.
  await emulator.injectFault({ action: CREATE_ACTION, kind: "latency", latencyMs: 1500, times: 2 });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  expect(await newCampaignIds(emulator, input.sdkAppId, before)).toHaveLength(1);
  expect(await createCalls(emulator)).toBe(calls + 1);
});

test("CCC's InvalidParameterValue about the agent lands on the agent field, the form stays filled", async ({
  page,
  emulator,
}) => {
  // An e-mail CCC does not know: the emulator answers InvalidParameterValue naming Agent.
  const input = await formInput(emulator, { agentMail: "ghost.agent@example.com", agentName: undefined });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const agent = page.getByRole("combobox", { name: "Agent" });
  await expect(agent).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#agent-error")).toHaveText("CCC rejected this value.");
  await expectFormStillFilled(page, input);
});

test("an injected InvalidParameterValue naming ConcurrencyNumber lands on that field", async ({ page, emulator }) => {
  const input = await formInput(emulator);
  await emulator.injectFault({
    action: CREATE_ACTION,
    kind: "error",
    code: "InvalidParameterValue",
    message: "The value of parameter `ConcurrencyNumber` is invalid",
    times: 1,
  });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.locator("#concurrencyNumber-error")).toHaveText("CCC rejected this value.");
  await expect(page.locator("#concurrencyNumber")).toBeFocused();
  await expectFormStillFilled(page, input);
});

test("InternalError says nothing was changed, with the RequestId; sending it again creates one", async ({
  page,
  emulator,
}) => {
  const input = await formInput(emulator, { name: "After an error" });
  const before = await existingIds(emulator, input.sdkAppId);
  await emulator.injectFault({ action: CREATE_ACTION, kind: "error", code: "InternalError", times: 1 });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const outcome = page.getByTestId("create-outcome");
  await expect(outcome).toHaveAttribute("data-code", "InternalError");
  // Not a refusal: CCC failed inside, applied nothing, and says so (ActionError.changed from the server).
  await expect(page.getByTestId("create-outcome-what")).toHaveText("CCC had an internal error (InternalError).");
  await expect(page.getByTestId("create-outcome-changed")).toHaveText("Nothing was changed; trying again is safe.");
  await expect(page.getByTestId("create-outcome-request-id")).toHaveText(new RegExp(`^${REQUEST_ID.source}$`, "i"));
  await expectFormStillFilled(page, input);

  // CCC definitely refused, so the same form may be sent again: it creates the campaign once.
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  expect(await newCampaignIds(emulator, input.sdkAppId, before)).toHaveLength(1);
});

test("a timeout says the outcome is unknown and never retries by itself", async ({ page, emulator }) => {
  test.setTimeout(60_000);
  const input = await formInput(emulator, { name: "Timeout" });
  const calls = await createCalls(emulator);
  await emulator.injectFault({ action: CREATE_ACTION, kind: "timeout", times: 1 });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const outcome = page.getByTestId("create-outcome");
  await expect(outcome).toHaveAttribute("data-code", "outcome_unknown", { timeout: 30_000 });
  await expect(outcome).toContainText("The outcome is unknown");
  await expect(outcome).toContainText(`look for “${input.name}”`);
  await expectFormStillFilled(page, input);
  expect(await createCalls(emulator)).toBe(calls + 1);

  // Submitting the same form again replays "unknown" instead of creating: still one request to CCC.
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(outcome).toHaveAttribute("data-code", "outcome_unknown");
  expect(await createCalls(emulator)).toBe(calls + 1);

  // Only an explicit choice, after checking, sends it again as a new campaign.
  await page.getByRole("button", { name: "I checked: create it as a new campaign" }).click();
  await expect(page.getByText("The next submission is a new campaign.")).toBeVisible();
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  expect(await createCalls(emulator)).toBe(calls + 2);
});

test("LimitExceeded.OutOfCountLimit lands on the callee list", async ({ page, emulator }) => {
  const input = await formInput(emulator);
  await emulator.injectFault({ action: CREATE_ACTION, kind: "error", code: "LimitExceeded.OutOfCountLimit", times: 1 });
  await openForm(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.locator("#callees-error")).toHaveText(
    "CCC refused the list: it has more numbers than this account allows per campaign.",
  );
  await expect(page.locator("#callees")).toBeFocused();
  await expectFormStillFilled(page, input);
});

test("errors appear on blur and on submit", async ({ page }) => {
  await openForm(page);
  await page.locator("#name").focus();
  await page.locator("#name").blur();
  await expect(page.locator("#name-error")).toHaveText("Enter a name.");
  await page.locator("#concurrencyNumber").fill("21");
  await page.locator("#concurrencyNumber").blur();
  await expect(page.locator("#concurrencyNumber-error")).toHaveText("Enter a whole number from 1 to 20.");
  await page.getByRole("button", { name: "Create campaign" }).click();
  // The one behaviour of the campaign forms: focus on the first field in error, a summary linking to each.
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(page.locator("#sdkAppId")).toBeFocused();
  await expect(page.locator("#startTime-error")).toHaveText("Pick a date and time.");
  await expect(summary.getByRole("link", { name: "Start: Pick a date and time." })).toBeVisible();
  await expect(summary.getByRole("heading")).toHaveText(
    `${await summary.getByRole("link").count()} fields need attention.`,
  );
  await summary.getByRole("link", { name: /^Calls per round:/ }).click();
  await expect(page.locator("#concurrencyNumber")).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});

test("a supervisor can create with the keyboard alone", async ({ page, emulator }) => {
  const input = await formInput(emulator, { name: "Keyboard only" });
  const before = await existingIds(emulator, input.sdkAppId);
  await openForm(page);
  await page.locator("#sdkAppId").focus();
  // The e2e supervisor has two apps, so none is preselected: the arrow key picks the first.
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#sdkAppId")).toHaveValue(String(input.sdkAppId));
  await page.keyboard.press("Tab");
  await expect(page.locator("#name")).toBeFocused();
  await page.keyboard.type(input.name);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Agent" })).toBeFocused();
  await expect(page.getByTestId("agent-status")).toHaveText(/\d+ agents/);
  await page.keyboard.type(input.agentName ?? "");
  await expect(page.getByRole("listbox", { name: "Agent" }).getByRole("option")).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Agent" })).toHaveValue(input.agentMail);
  await page.keyboard.press("Tab");
  await expect(page.locator("#timeZone")).toBeFocused();
  // The zone picker selects its text on focus: typing searches, Enter takes the best match.
  await page.keyboard.type("UTC");
  await page.keyboard.press("Enter");
  await expect(page.locator("#timeZone")).toHaveValue("UTC");
  await expect(page.locator('label[for="startTime"]')).toContainText("(UTC)");
  await page.keyboard.press("Tab");
  await expect(page.locator("#startTime")).toBeFocused();
  // Chromium's datetime-local takes typed digits field by field; fill() drives it as the keyboard would.
  await page.locator("#startTime").fill(input.start);
  await page.keyboard.press("Tab");
  await page.locator("#endTime").focus();
  await page.locator("#endTime").fill(input.end);
  await page.locator("#concurrencyNumber").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(String(input.concurrency));
  await page.locator("#callees").focus();
  await page.keyboard.type(CALLEES.join("\n"));
  await waitForCalleeReport(page, CALLEES.length);
  const firstCaller = page.locator("#callers").getByRole("checkbox", { name: new RegExp(input.callers[0] ?? "") });
  await firstCaller.focus();
  await page.keyboard.press("Space");
  await expect(firstCaller).toBeChecked();
  await page.getByRole("button", { name: "Create campaign" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  const created = await newCampaignIds(emulator, input.sdkAppId, before);
  expect(created[0]).toMatchObject({ Name: input.name, Agent: input.agentMail, Callers: [input.callers[0]] });
});
