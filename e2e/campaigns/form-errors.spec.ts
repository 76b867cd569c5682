/**
 * One error path, through the real emulator: a CCC error is injected on the create or update call (admin API), and
 * the forms must show it where it belongs — on the field CCC named when the form renders it, otherwise as the
 * form-level notice with CCC's RequestId — and stay usable (Save enabled, nothing to reload).
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expect, test } from "../support/fixtures";
import { CREATE_ACTION, demoApp, fillCruiseForm, REQUEST_ID, utcWallTime, waitForFormReady } from "./cruise-helpers";
import { campaignWithStatus, countOf, fillLists, openEditForm } from "./predictive-helpers";

const UPDATE = "UpdatePredictiveDialingCampaign";
const CALLEES = ["+8613800138001", "+8613800138002"];
const uuidOnly = new RegExp(`^${REQUEST_ID.source}$`, "i");

/** CCC's answer naming one request field, as CCC words it. */
async function failNextWithFieldError(emulator: EmulatorAdmin, action: string, field: string) {
  await emulator.injectFault({
    action,
    kind: "error",
    code: "InvalidParameterValue",
    message: `The value of parameter \`${field}\` is invalid`,
    times: 1,
  });
}

/** The edit form of a pending campaign, with lists filled in so a save reaches CCC. */
async function openFilledEditForm(page: Page, emulator: EmulatorAdmin) {
  const { sdkAppId, campaign, caller } = await campaignWithStatus(emulator, 0);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await fillLists(page, CALLEES, caller);
  return { sdkAppId, campaign };
}

const save = (page: Page) => page.getByRole("button", { name: "Save changes" });

/** No field is marked invalid and no error count or summary shows: the error is not lost on an unseen field. */
async function expectNoFieldErrors(page: Page) {
  await expect(page.locator("main form [aria-invalid=true]")).toHaveCount(0);
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /needs? attention/ })).toHaveCount(0);
}

test("CCC rejecting the UUI of a new cruise campaign highlights the UUI field with its message", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  await failNextWithFieldError(emulator, CREATE_ACTION, "UUI");
  await page.goto("/campaigns/cruise/new");
  await waitForFormReady(page);
  await fillCruiseForm(page, {
    sdkAppId,
    name: "UUI refused",
    agentMail: agent.Mail,
    agentName: agent.Name ?? undefined,
    concurrency: 2,
    start: utcWallTime(60),
    end: utcWallTime(120),
    callees: CALLEES,
    callers,
    inOrder: true,
    uui: "rejected-by-ccc",
  });
  await page.getByRole("button", { name: "Create campaign" }).click();

  const uui = page.getByRole("textbox", { name: "User-to-user information (UUI, optional)" });
  await expect(uui).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#uui-error")).toHaveText("CCC rejected this value.");
  await expect(uui).toBeFocused();
  await expect(uui).toHaveValue("rejected-by-ccc");
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("link")).toHaveText([
    "User-to-user information (UUI, optional): CCC rejected this value.",
  ]);
  await expect(page.getByTestId("create-outcome")).toHaveCount(0);
});

test("CCC rejecting the IVRId of an update highlights the IVR field, Save stays enabled", async ({
  page,
  emulator,
}) => {
  await openFilledEditForm(page, emulator);
  await failNextWithFieldError(emulator, UPDATE, "IVRId");
  await save(page).click();

  const ivr = page.getByRole("spinbutton", { name: "IVR ID (optional)" });
  await expect(ivr).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#ivrId-error")).toHaveText("CCC refused this value (InvalidParameterValue).");
  await expect(ivr).toBeFocused();
  await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
    "IVR ID (optional): CCC refused this value (InvalidParameterValue).",
  ]);
  await expect(save(page)).toBeEnabled();
});

for (const field of ["SdkAppId", "CampaignId"]) {
  test(`CCC rejecting ${field} (not a form field) shows a form-level message with the RequestId`, async ({
    page,
    emulator,
  }) => {
    await openFilledEditForm(page, emulator);
    await failNextWithFieldError(emulator, UPDATE, field);
    await save(page).click();

    const notice = page.getByTestId("save-error");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("InvalidParameterValue");
    await expect(page.getByTestId("save-error-changed")).toHaveText("Nothing was changed; trying again is safe.");
    await expect(page.getByTestId("save-error-request-id")).toHaveText(uuidOnly);
    await expectNoFieldErrors(page);
    await expect(save(page)).toBeEnabled();
  });
}

test("InternalError on save says nothing was changed, with the RequestId; saving again succeeds", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, campaign } = await openFilledEditForm(page, emulator);
  await page.locator("#name").fill("Saved after an internal error");
  // The client retries a definite InternalError by itself: the fault must outlast those retries.
  await emulator.injectFault({ action: UPDATE, kind: "error", code: "InternalError", times: 10 });
  await save(page).click();

  const notice = page.getByTestId("save-error");
  await expect(notice).toHaveAttribute("data-code", "InternalError");
  await expect(page.getByTestId("save-error-what")).toHaveText("CCC had an internal error (InternalError).");
  await expect(page.getByTestId("save-error-changed")).toHaveText("Nothing was changed; trying again is safe.");
  await expect(page.getByTestId("save-error-request-id")).toHaveText(uuidOnly);
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Name).toBe(campaign.Name);
  await expectNoFieldErrors(page);
  await expect(save(page)).toBeEnabled();

  await emulator.clearFaults();
  await save(page).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Name).toBe("Saved after an internal error");
});

test("UnsupportedOperation on a still-pending campaign says CCC refused this change, Save stays enabled", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, campaign } = await openFilledEditForm(page, emulator);
  await emulator.injectFault({ action: UPDATE, kind: "error", code: "UnsupportedOperation", times: 1 });
  const updates = await countOf(emulator, UPDATE);
  await save(page).click();

  const notice = page.getByTestId("save-error");
  await expect(notice).toHaveAttribute("data-code", "change_refused");
  await expect(page.getByTestId("save-error-what")).toHaveText(
    "CCC refused this change. The campaign has not started: it is still pending with a future start.",
  );
  await expect(page.getByTestId("save-error-changed")).toHaveText("Nothing was changed; trying again is safe.");
  await expect(page.getByTestId("save-error-request-id")).toHaveText(uuidOnly);
  await expect(page.getByTestId("blocked-reason")).toHaveCount(0);
  await expect(save(page)).toBeEnabled();
  // Still pending in CCC (the server described it again to tell "started" from "refused").
  expect((await emulator.predictiveCampaign(sdkAppId, campaign.CampaignId)).Status).toBe(0);
  expect(await countOf(emulator, UPDATE)).toBe(updates + 1);

  // No reload needed: the same form saves once CCC accepts.
  await save(page).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
});
