/**
 * Per-callee data through the real path: the edit action → UpdatePredictiveDialingCampaign on the in-process
 * emulator (which keeps what it received) → the lists and their data in PGlite; the schema's refusals; and the
 * emulator's own refusals of data the console would never send, each naming the field.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { attributesToWire } from "@/lib/callees/attributes/schema";
import { toWire } from "@/lib/callees/wire";
import { CALLEE_ATTRIBUTE_LIMITS as L } from "@/lib/campaigns/wire-limits";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { getDb, latestCampaignLists, listAuditEvents } from "@/lib/db";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { editFor } from "./testing/predictive-edit";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A]));
});

const CALLEES = ["+8613800000001", "+8613800000002"];
const DATA = [{ callee: "+8613800000002", uui: "order-7", variables: [{ key: "name", value: "Li" }] }];
const updateCalls = async () =>
  (await harness.emulator.admin.requestCounts()).byAction.UpdatePredictiveDialingCampaign?.total ?? 0;

describe("per-callee data on a predictive edit", () => {
  it("reaches CCC as CalleeAttributes, is stored with the lists and counted (not copied) in the audit", async () => {
    const { campaign, snapshot, edit } = await editFor(harness, 0);
    const result = await updatePredictiveCampaignAction({
      ...edit,
      snapshot,
      callees: toWire(CALLEES),
      calleeAttributes: attributesToWire(DATA),
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.outcome).toBe("saved");

    const stored = await harness.emulator.admin.predictiveCampaign(APP_A, campaign.CampaignId);
    expect(stored.CalleeAttributes).toEqual([
      { Callee: "+8613800000002", UUI: "order-7", Variables: [{ Key: "name", Value: "Li" }] },
    ]);
    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId: campaign.CampaignId };
    expect((await latestCampaignLists(await getDb(), ref))?.calleeAttributes).toEqual(DATA);
    const audit = (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
    expect(audit?.summary).toMatchObject({ calleeAttributeCount: 1, previousCalleeAttributeCount: null });
    expect(JSON.stringify(audit?.summary)).not.toContain("order-7");
  });

  it.each([
    [[{ callee: "+8613900000000", uui: "x" }], "attributeCalleeUnknown"],
    [[{ callee: "+8613800000001", uui: "u".repeat(L.uuiMax + 1) }], "attributeUuiLong"],
    [[{ callee: "+8613800000001", variables: [{ key: "first name", value: "x" }] }], "attributeKeyInvalid"],
  ])("refuses %# on the field before calling CCC (%s)", async (data, code) => {
    const { snapshot, edit } = await editFor(harness, 0);
    const before = await updateCalls();
    const result = await updatePredictiveCampaignAction({
      ...edit,
      snapshot,
      callees: toWire(CALLEES),
      calleeAttributes: attributesToWire(data),
    });
    expect(result.validationErrors?.fieldErrors).toEqual({ calleeAttributes: [code] });
    expect(await updateCalls()).toBe(before);
  });
});

/** A campaign's fields as CCC takes them, with CALLEES: what another tool would send, past the console's schema. */
function wireFields(edit: Awaited<ReturnType<typeof editFor>>["edit"]) {
  return {
    SdkAppId: edit.sdkAppId,
    Name: edit.name,
    Callees: CALLEES,
    Callers: edit.callers,
    CallOrder: edit.callOrder,
    SkillGroupId: edit.skillGroupId,
    Priority: edit.priority,
    ExpectedAbandonRate: edit.expectedAbandonRate,
    RetryInterval: edit.retryInterval,
    StartTime: edit.startTime,
    EndTime: edit.endTime,
  };
}

describe("the emulator refuses per-callee data CCC's limits forbid", () => {
  it.each([
    [{ Callee: "+8613900000000" }, 'CalleeAttributes.0.Callee "+8613900000000" is not in Callees'],
    [{ Callee: "+8613800000001", UUI: "u".repeat(L.uuiMax + 1) }, "CalleeAttributes.0.UUI is longer than 1024"],
    [
      { Callee: "+8613800000001", Variables: [{ Key: "9x", Value: "v" }] },
      'CalleeAttributes.0.Variables.0.Key "9x" is not a valid variable name',
    ],
    [
      { Callee: "+8613800000001", Variables: [{ Key: "k", Value: "v".repeat(L.variableValueMax + 1) }] },
      "CalleeAttributes.0.Variables.0.Value is longer than 256",
    ],
  ])("%# → InvalidParameterValue naming the field: %s", async (attribute, message) => {
    const { edit } = await editFor(harness, 0);
    const request = { ...wireFields(edit), CampaignId: edit.campaignId, CalleeAttributes: [attribute] };
    const error = await getCccClient()
      .updatePredictiveDialingCampaign(request)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isCccError(error) && { code: error.code, message: error.message }).toEqual({
      code: "InvalidParameterValue",
      message: expect.stringContaining(message),
    });
  });

  it("applies the same rules on create, and keeps what a valid create sent", async () => {
    const { edit } = await editFor(harness, 0);
    const base = { ...wireFields(edit), Name: "With data" };
    const refused = await getCccClient()
      .createPredictiveDialingCampaign({
        ...base,
        CalleeAttributes: [{ Callee: CALLEES[0] as string, UUI: "u".repeat(L.uuiMax + 1) }],
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isCccError(refused) && refused.code).toBe("InvalidParameterValue");
    const data = [{ Callee: CALLEES[1] as string, Variables: [{ Key: "name", Value: "Li" }] }];
    const { CampaignId } = await getCccClient().createPredictiveDialingCampaign({ ...base, CalleeAttributes: data });
    expect((await harness.emulator.admin.predictiveCampaign(APP_A, CampaignId)).CalleeAttributes).toEqual(data);
  });
});
