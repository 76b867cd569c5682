/**
 * Where CCC's refusals of a predictive save land, through the real path (guard → describe → update on the
 * in-process emulator → audit in PGlite): a field the form renders, or the form as a whole with CCC's code, the
 * RequestId and whether anything changed. Errors are injected at the emulator, named the way CCC names fields.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { getDb, listAuditEvents } from "@/lib/db";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { editFor } from "./testing/predictive-edit";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const UPDATE = "UpdatePredictiveDialingCampaign";
const DESCRIBE = "DescribePredictiveDialingCampaign";

const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A]));
});

const lastAudit = async () => (await listAuditEvents(await getDb(), { action: UPDATE }, { limit: 1 })).rows[0];
const countOf = async (action: string) => (await harness.emulator.admin.requestCounts()).byAction[action]?.total ?? 0;

/** Saves a pending campaign unchanged while CCC answers every update with `code` (and `message`). */
async function saveRefusedWith(code: string, message?: string) {
  const { snapshot, edit } = await editFor(harness, 0);
  await harness.emulator.admin.injectFault({ action: UPDATE, kind: "error", code, ...(message ? { message } : {}) });
  return updatePredictiveCampaignAction({ ...edit, snapshot });
}

describe("a CCC validation error names a request field", () => {
  it.each([
    ["UUI", "uui"],
    ["IVRId", "ivrId"],
    ["RetryTimes", "retryTimes"],
  ])("%s → the form's %s field, with the RequestId; nothing changed", async (wire, field) => {
    const result = await saveRefusedWith("InvalidParameterValue", `The value of parameter \`${wire}\` is invalid`);
    const audit = await lastAudit();
    expect(result.serverError).toEqual({
      fieldErrors: { [field]: ["InvalidParameterValue"] },
      requestId: audit?.cccRequestId,
      changed: "no",
    });
    expect(audit?.cccRequestId).toMatch(/\S+/);
  });

  it.each(["SdkAppId", "CampaignId"])("%s (not a form field) → a form-level error with CCC's code", async (wire) => {
    const result = await saveRefusedWith("InvalidParameterValue", `The value of parameter \`${wire}\` is invalid`);
    expect(result.serverError?.fieldErrors).toBeUndefined();
    expect(result.serverError).toMatchObject({
      formError: { code: "InvalidParameterValue" },
      requestId: (await lastAudit())?.cccRequestId,
      changed: "no",
    });
  });
});

describe("other failures say whether anything changed", () => {
  it("InternalError keeps CCC's code, its RequestId and changed 'no' (retried first: updates are idempotent)", async () => {
    const before = await countOf(UPDATE);
    const result = await saveRefusedWith("InternalError.DbError");
    expect(result.serverError).toMatchObject({ formError: { code: "InternalError.DbError" }, changed: "no" });
    expect(result.serverError?.requestId).toBe((await lastAudit())?.cccRequestId);
    expect(await countOf(UPDATE)).toBe(before + 4);
    expect(await lastAudit()).toMatchObject({ outcome: "error", errorCode: "InternalError.DbError" });
  });

  it("a connection reset on every attempt is changed 'unknown', and audited as unknown", async () => {
    const { snapshot, edit } = await editFor(harness, 0);
    await harness.emulator.admin.injectFault({ action: UPDATE, kind: "reset" });
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(result.serverError).toMatchObject({ formError: { code: "Network.ConnectionLost" }, changed: "unknown" });
    expect(result.serverError?.requestId).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ outcome: "unknown", errorCode: "Network.ConnectionLost" });
  });
});

describe("UnsupportedOperation: CCC is asked again which it was", () => {
  it("still pending with a future start → change_refused with the refused update's RequestId", async () => {
    const describes = await countOf(DESCRIBE);
    const result = await saveRefusedWith("UnsupportedOperation");
    const audit = await lastAudit();
    expect(audit).toMatchObject({ outcome: "error", errorCode: "UnsupportedOperation" });
    expect(result.serverError).toEqual({
      formError: { code: "change_refused", message: expect.any(String) },
      requestId: audit?.cccRequestId,
      changed: "no",
    });
    // The re-check before the update and the second look after the refusal both reached CCC.
    expect(await countOf(DESCRIBE)).toBe(describes + 2);
  });

  it("started between the re-check and the update → campaign_started", async () => {
    const { campaign, snapshot, edit } = await editFor(harness, 0);
    // The refusal is held back long enough for the campaign to start in CCC meanwhile.
    await harness.emulator.admin.injectFault({
      action: UPDATE,
      kind: "error",
      code: "UnsupportedOperation",
      latencyMs: 1500,
      times: 1,
    });
    await harness.emulator.admin.resetArrivals();
    const pending = updatePredictiveCampaignAction({ ...edit, snapshot });
    await vi.waitFor(async () => expect((await harness.emulator.admin.arrivals()).byAction[UPDATE]?.total).toBe(1), {
      timeout: 5_000,
      interval: 20,
    });
    await harness.emulator.admin.setPredictiveCampaign(APP_A, campaign.CampaignId, { Status: 1 });
    const result = await pending;
    expect(result.serverError).toEqual({
      formError: { code: "campaign_started", message: expect.any(String) },
      requestId: (await lastAudit())?.cccRequestId,
      changed: "no",
    });
  });
});
