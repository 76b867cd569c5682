/**
 * Issue 12, part 8, through the real path: a save that did not touch the fields CCC left unset sends none of them
 * (the emulator keeps what it receives, so an invented RetryTimes: 0 would show up in its state), and emptying a
 * number CCC holds is refused before anything reaches CCC.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { toWire } from "@/lib/callees/wire";
import { toPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import { getCccClient } from "@/lib/ccc/server";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A]));
});

/** A pending campaign created without RetryTimes, IVRId, UUI or Variables, and the form's untouched input for it. */
async function campaignWithUnsetFields(extra: { RetryTimes?: number } = {}) {
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const caller = app?.numbers.find((n) => n.State === 1)?.Number;
  const skillGroupId = app?.skillGroups[0]?.SkillGroupId;
  if (!caller || skillGroupId === undefined) throw new Error("seed has no usable caller or skill group");
  const start = Math.floor(Date.now() / 1000) + 86_400;
  const fields = { CallOrder: 0 as const, Priority: 3, ExpectedAbandonRate: 10, RetryInterval: 600 };
  const created = await getCccClient().createPredictiveDialingCampaign({
    SdkAppId: APP_A,
    Name: "Unset fields",
    Callees: ["+8613800000001"],
    Callers: [caller],
    SkillGroupId: skillGroupId,
    StartTime: start,
    EndTime: start + 3600,
    ...fields,
    ...extra,
  });
  const campaignId = created.CampaignId;
  const described = await getCccClient().describePredictiveDialingCampaign(
    { SdkAppId: APP_A, CampaignId: campaignId },
    { fresh: true },
  );
  const snapshot = toPredictiveSnapshot(described);
  const edit = {
    sdkAppId: APP_A,
    campaignId,
    name: snapshot.name,
    callees: toWire(["+8613800000001"]),
    callers: [caller],
    callOrder: snapshot.callOrder,
    skillGroupId,
    priority: snapshot.priority,
    expectedAbandonRate: snapshot.expectedAbandonRate,
    retryInterval: snapshot.retryInterval,
    startTime: snapshot.startTime,
    endTime: snapshot.endTime,
    // What the form submits for empty "not set" inputs.
    retryTimes: undefined,
    ivrId: undefined,
    uui: "",
    variables: [],
  };
  return { campaignId, snapshot, edit };
}

describe("fields CCC leaves unset stay unset", () => {
  it("a save that changes only the name sends no RetryTimes, IVRId, UUI or Variables", async () => {
    const { campaignId, snapshot, edit } = await campaignWithUnsetFields();
    expect(snapshot).toMatchObject({ retryTimes: null, ivrId: null, uui: null, variables: [] });

    const result = await updatePredictiveCampaignAction({ ...edit, name: "Renamed", snapshot });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ outcome: "saved" });

    const stored = await harness.emulator.admin.predictiveCampaign(APP_A, campaignId);
    expect(stored.Name).toBe("Renamed");
    expect(stored).not.toHaveProperty("RetryTimes");
    expect(stored).not.toHaveProperty("IVRId");
    expect(stored).not.toHaveProperty("UUI");
    expect(stored).not.toHaveProperty("Variables");
  });

  it("a retry count of 0 the user typed is sent", async () => {
    const { campaignId, snapshot, edit } = await campaignWithUnsetFields();
    const result = await updatePredictiveCampaignAction({ ...edit, retryTimes: 0, snapshot });
    expect(result.data).toMatchObject({ outcome: "saved" });
    expect((await harness.emulator.admin.predictiveCampaign(APP_A, campaignId)).RetryTimes).toBe(0);
  });

  it("emptying a retry count CCC holds is a field error, and CCC is not called", async () => {
    const { snapshot, edit } = await campaignWithUnsetFields({ RetryTimes: 2 });
    expect(snapshot.retryTimes).toBe(2);
    const before = (await harness.emulator.admin.requestCounts()).total;
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(result.validationErrors?.fieldErrors.retryTimes).toEqual(["cannotUnset"]);
    expect((await harness.emulator.admin.requestCounts()).total).toBe(before);
  });
});
