/**
 * The safe save through the real path: guard → describe again → UpdatePredictiveDialingCampaign on the in-process
 * emulator → lists and audit in PGlite. Expectations come from the emulator's admin API.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { toWire } from "@/lib/callees/wire";
import { toPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import { getCccClient } from "@/lib/ccc/server";
import { getDb, latestCampaignLists, listAuditEvents } from "@/lib/db";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { editFor as editForHarness } from "./testing/predictive-edit";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const USER_ID = "00000000-0000-4000-8000-0000000000c6";

const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A], USER_ID));
});

const editFor = (status: number) => editForHarness(harness, status);

const updateCalls = async () =>
  (await harness.emulator.admin.requestCounts()).byAction.UpdatePredictiveDialingCampaign?.total ?? 0;

describe("updatePredictiveCampaignAction", () => {
  it("updates a pending campaign with exactly the new values, saves the lists and audits a diff", async () => {
    const { campaign, snapshot, edit } = await editFor(0);
    const startTime = campaign.StartTime + 600;
    const result = await updatePredictiveCampaignAction({
      ...edit,
      snapshot,
      priority: campaign.Priority === 1 ? 2 : 1,
      startTime,
      endTime: Math.max(campaign.EndTime, startTime + 60),
      callees: toWire(["+8613800000001", "+8613800000003"]),
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ outcome: "saved", requestId: expect.any(String) });

    const after = await harness.emulator.admin.predictiveCampaign(APP_A, campaign.CampaignId);
    expect(after.Callees).toEqual(["+8613800000001", "+8613800000003"]);
    expect(after.Callers).toEqual(edit.callers);
    expect(after.Priority).toBe(campaign.Priority === 1 ? 2 : 1);
    expect(after.StartTime).toBe(startTime);

    const lists = await latestCampaignLists(await getDb(), {
      kind: "predictive",
      sdkAppId: APP_A,
      campaignId: campaign.CampaignId,
    });
    expect(lists?.callees).toEqual(["+8613800000001", "+8613800000003"]);
    const audit = (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
    expect(audit).toMatchObject({ action: "UpdatePredictiveDialingCampaign", outcome: "ok" });
    expect(audit?.summary).toMatchObject({
      diff: { priority: { from: campaign.Priority }, startTime: { from: campaign.StartTime, to: startTime } },
      calleeCount: 2,
      previousListsKnown: false,
    });
    expect(JSON.stringify(audit?.summary)).not.toContain("13800000003");

    // A second save knows the previous lists and summarizes the change as counts.
    const again = await updatePredictiveCampaignAction({
      ...edit,
      snapshot: toPredictiveSnapshot({ ...after, IVRId: after.IVRId ?? null, RetryTimes: after.RetryTimes ?? null }),
      priority: after.Priority,
      startTime: after.StartTime,
      endTime: after.EndTime,
      callees: toWire(["+8613800000003", "+8613800000004", "+8613800000005"]),
    });
    expect(again.data?.outcome).toBe("saved");
    const second = (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
    expect(second?.summary).toMatchObject({ calleesAdded: 2, calleesRemoved: 1, previousListsKnown: true });
  });

  it("reports a conflict listing what changed since the form opened, and sends no update", async () => {
    const { campaign, snapshot, edit } = await editFor(0);
    const first = await updatePredictiveCampaignAction({ ...edit, snapshot, name: `${campaign.Name} (A)` });
    expect(first.data?.outcome).toBe("saved");
    const before = await updateCalls();

    const second = await updatePredictiveCampaignAction({ ...edit, snapshot, priority: 5 });
    expect(second.data).toMatchObject({
      outcome: "conflict",
      changes: [{ field: "name", from: campaign.Name, to: `${campaign.Name} (A)` }],
      current: { name: `${campaign.Name} (A)` },
    });
    expect(await updateCalls()).toBe(before);
  });

  it("re-checks against CCC itself, not the read cache: a change made elsewhere meanwhile is a conflict", async () => {
    const { campaign, snapshot, edit } = await editFor(0);
    const ref = { SdkAppId: APP_A, CampaignId: campaign.CampaignId };
    // The edit page's read, now in the console's read cache (CCC_READ_FRESH_MS is the 2 s default here).
    await getCccClient().describePredictiveDialingCampaign(ref);
    await harness.emulator.admin.setPredictiveCampaign(APP_A, campaign.CampaignId, { EndTime: campaign.EndTime + 60 });
    expect((await getCccClient().describePredictiveDialingCampaign(ref)).EndTime).toBe(campaign.EndTime);
    const before = await updateCalls();

    const result = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(result.data).toMatchObject({
      outcome: "conflict",
      changes: [{ field: "endTime", from: campaign.EndTime, to: campaign.EndTime + 60 }],
    });
    expect(await updateCalls()).toBe(before);
  });

  it("refuses a running campaign without calling CCC at all when the snapshot says so", async () => {
    const { snapshot, edit } = await editFor(1);
    const total = (await harness.emulator.admin.requestCounts()).total;
    const result = await updatePredictiveCampaignAction({
      ...edit,
      startTime: Math.floor(Date.now() / 1000) + 3600,
      endTime: Math.floor(Date.now() / 1000) + 7200,
      snapshot,
    });
    expect(result.data).toMatchObject({ outcome: "notEditable", reason: "running" });
    expect((await harness.emulator.admin.requestCounts()).total).toBe(total);
  });

  it("refuses when CCC says the campaign started, even with a forged pending snapshot", async () => {
    const { campaign, snapshot, edit } = await editFor(0);
    // Campaign time passes the start in the emulator only: the console's own clock still says it is ahead.
    await harness.emulator.admin.advanceClock(campaign.StartTime - Math.floor(Date.now() / 1000) + 5);
    const before = await updateCalls();
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(result.data).toMatchObject({ outcome: "notEditable", reason: "running", current: { status: "running" } });
    expect(await updateCalls()).toBe(before);
  });

  it("puts a callee list that is not E.164 under the callees field, before anything reaches CCC", async () => {
    const { snapshot, edit } = await editFor(0);
    const before = (await harness.emulator.admin.requestCounts()).total;
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot, callees: toWire(["not a number"]) });
    expect(result.validationErrors?.fieldErrors.callees).toEqual(["calleeNotE164"]);
    expect((await harness.emulator.admin.requestCounts()).total).toBe(before);
  });

  it("refuses a start time already past on the console's clock with a field error", async () => {
    const { snapshot, edit } = await editFor(0);
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot, startTime: 1000, endTime: 2000 });
    expect(result.validationErrors?.fieldErrors.startTime).toEqual(["startInPast"]);
  });
});
