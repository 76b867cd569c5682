/**
 * The fault suite's second half (`npm run test:faults`, playwright.faults.config.ts): every fault of fault-table.ts
 * through each form a supervisor submits in Chromium — the cruise create form, the predictive edit form, and the
 * pause / resume / abort confirmations (the faults taken in turn across the three buttons). Per case: the failure
 * notice with its code and the RequestId when CCC gave one, whether anything changed, no success shown, the
 * form's values kept, and the audit trail's row for the attempt (read through the trail's CSV export).
 */
import type { Page } from "@playwright/test";
import {
  CREATE_ACTION,
  demoApp,
  expectFormStillFilled,
  fillCruiseForm,
  REQUEST_ID,
  utcWallTime,
} from "../campaigns/cruise-helpers";
import { campaignWithStatus, countOf, fillLists, openEditForm } from "../campaigns/predictive-helpers";
import { expect, test } from "../support/fixtures";
import { latestAudit } from "./audit-export";
import { createShownCode, FAULTS, type FaultCase, LATENCY_MS, updateShownCode } from "./fault-table";

const UPDATE = "UpdatePredictiveDialingCampaign";
/** Long enough for an idempotent call's four attempts at the lowered timeout, with backoff. */
const NOTICE_TIMEOUT = 20_000;
const uuidOnly = new RegExp(`^${REQUEST_ID.source}$`, "i");
const AUDIT_OUTCOME = { error: "Failed", unknown: "Outcome unknown" } as const;

/** The notice `testId` shows the fault as the user must see it: code, RequestId (or none), whether it changed. */
async function expectNotice(page: Page, testId: string, code: string, fault: FaultCase) {
  const notice = page.getByTestId(testId);
  await expect(notice).toHaveAttribute("data-code", code, { timeout: NOTICE_TIMEOUT });
  await expect(notice).toBeVisible();
  if (code === "outcome_unknown") {
    await expect(notice).toContainText("The outcome is unknown");
    await expect(notice).toContainText("CCC's answer never arrived");
    return;
  }
  await expect(page.getByTestId(`${testId}-what`)).not.toBeEmpty();
  await expect(page.getByTestId(`${testId}-changed`)).toHaveAttribute("data-changed", fault.changed);
  const requestId = page.getByTestId(`${testId}-request-id`);
  if (fault.answered) await expect(requestId).toHaveText(uuidOnly);
  else await expect(requestId).toHaveCount(0);
}

async function expectAudited(page: Page, action: string, fault: FaultCase, code: string, campaignId?: number) {
  const row = await latestAudit(page.request, action, campaignId);
  expect(row).toMatchObject({
    outcome: AUDIT_OUTCOME[fault.changed === "unknown" ? "unknown" : "error"],
    errorCode: code,
  });
  if (fault.answered) expect(row.requestId).toMatch(uuidOnly);
  else expect(row.requestId).toBe("");
}

for (const fault of FAULTS) {
  test(`cruise create form: ${fault.name}`, async ({ page, emulator }) => {
    const { sdkAppId, agent, callers } = await demoApp(emulator);
    const input = {
      sdkAppId,
      name: `UI ${fault.name}`,
      agentMail: agent.Mail,
      agentName: agent.Name ?? undefined,
      concurrency: 2,
      start: utcWallTime(60),
      end: utcWallTime(120),
      callees: ["+8613800138001", "+8613800138002"],
      callers,
      inOrder: false,
      uui: "fault-suite",
    };
    await page.goto("/campaigns/cruise/new");
    await fillCruiseForm(page, input);
    await emulator.injectFault({ action: CREATE_ACTION, ...fault.rule });
    const calls = await countOf(emulator, CREATE_ACTION);
    await page.getByRole("button", { name: "Create campaign" }).click();

    await expectNotice(page, "create-outcome", createShownCode(fault), fault);
    await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toHaveCount(0);
    await expectFormStillFilled(page, input);
    await expectAudited(page, CREATE_ACTION, fault, fault.createCode);
    if (fault.changed === "unknown") {
      // Sent again as it stands (the same idempotency key): the console replays "unknown", CCC sees nothing new.
      await page.getByRole("button", { name: "Create campaign" }).click();
      await expect(page.getByTestId("create-outcome")).toHaveAttribute("data-code", "outcome_unknown");
    }
    if (fault.appliesWrite) await page.waitForTimeout(LATENCY_MS);
    expect(await countOf(emulator, CREATE_ACTION)).toBe(calls + 1);
    const held = (await emulator.state()).apps[0]?.cruiseCampaigns.filter((c) => c.Name === input.name) ?? [];
    expect(held).toHaveLength(fault.appliesWrite ? 1 : 0);
  });
}

for (const fault of FAULTS) {
  test(`predictive edit form: ${fault.name}`, async ({ page, emulator }) => {
    const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
    await openEditForm(page, sdkAppId, campaign.CampaignId);
    await fillLists(page, ["+8613800138001", "+8613800138002"], caller);
    const name = `UI edit ${fault.name}`;
    await page.locator("#name").fill(name);
    await emulator.injectFault({ action: UPDATE, ...fault.rule });
    await page.getByRole("button", { name: "Save changes" }).click();

    await expectNotice(page, "save-error", updateShownCode(fault), fault);
    await expect(page.getByTestId("saved-notice")).toHaveCount(0);
    await expect(page.locator("#name")).toHaveValue(name);
    await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
    await expectAudited(page, UPDATE, fault, fault.code, campaign.CampaignId);
    if (fault.appliesWrite) await page.waitForTimeout(LATENCY_MS);
    const held = await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId);
    expect(held.Name).toBe(fault.appliesWrite ? name : campaign.Name);
  });
}

/** The three confirmations on the campaign page; fault i goes through button i mod 3, so each fault meets one. */
const BUTTONS = [
  { kind: "pause", status: 1, action: "PausePredictiveDialingCampaign", after: 2 },
  { kind: "resume", status: 2, action: "ResumePredictiveDialingCampaign", after: 1 },
  { kind: "abort", status: 1, action: "AbortPredictiveDialingCampaign", after: 3 },
] as const;

FAULTS.forEach((fault, index) => {
  const button = BUTTONS[index % BUTTONS.length] ?? BUTTONS[0];
  test(`${button.kind} button: ${fault.name}`, async ({ page, emulator }) => {
    const { sdkAppId, campaign } = await campaignWithStatus(emulator, button.status);
    await page.goto(`/campaigns/predictive/${sdkAppId}/${campaign.CampaignId}`);
    const trigger =
      button.kind === "abort"
        ? page.getByRole("button", { name: `Abort ${campaign.Name}` })
        : page.getByRole("button", { name: button.kind === "pause" ? "Pause" : "Resume", exact: true });
    await trigger.click();
    const dialog = page.getByTestId(`${button.kind}-dialog`);
    await expect(dialog).toBeVisible();
    await emulator.injectFault({ action: button.action, ...fault.rule });
    await dialog
      .getByRole("button", { name: `${button.kind[0]?.toUpperCase()}${button.kind.slice(1)} campaign` })
      .click();

    await expectNotice(page, `${button.kind}-error`, fault.code, fault);
    // The dialog stays open with the failure, ready to confirm again; the campaign is not shown as changed.
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId("lifecycle-announcement")).toBeEmpty();
    await expectAudited(page, button.action, fault, fault.code, campaign.CampaignId);
    if (fault.appliesWrite) await page.waitForTimeout(LATENCY_MS);
    const held = await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId);
    expect(held.Status).toBe(fault.appliesWrite ? button.after : button.status);
  });
});
