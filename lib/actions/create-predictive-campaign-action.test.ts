/**
 * Issue 12, part 1, through the real path (signed client → emulator, PGlite): a predictive create sends every field
 * the form has (and nothing the user left unset), once per idempotency key, is audited, records its lists and plan,
 * is refused before CCC for a do-not-call number or overlapping windows, clones from what it recorded, and deletes.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { toWire } from "@/lib/callees/wire";
import { loadNewPredictiveCampaign } from "@/lib/campaigns/predictive/load-new.server";
import { addDoNotCall, findCampaignPlan, getDb, latestCampaignLists, listAuditEvents, removeDoNotCall } from "@/lib/db";
import { createPredictiveCampaignAction } from "./create-predictive-campaign-action";
import { deletePredictiveCampaignAction } from "./delete-predictive-campaign-action";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { predictiveCreateInput } from "./testing/refusal-inputs";

const session = vi.mocked(getSessionUser);
const USER_ID = "00000000-0000-4000-8000-0000000000e1";
const user = fakeUser("supervisor", [APP_A], USER_ID);
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(user);
});

async function fullInput() {
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const caller = app?.numbers.find((n) => n.State === 1)?.Number;
  const skillGroup = app?.skillGroups.find((g) => g.SkillGroupType === 0) ?? app?.skillGroups[0];
  if (!caller || !skillGroup) throw new Error("the demo seed has no usable caller or skill group in APP_A");
  const callees = ["+8613800000001", "+8613800000002"];
  return {
    ...predictiveCreateInput(APP_A, randomUUID()),
    name: "Renewals December",
    skillGroupId: skillGroup.SkillGroupId,
    callers: [caller],
    callees: toWire(callees),
    calleeAttributes: JSON.stringify([
      { callee: callees[0], uui: "order-17", variables: [{ key: "plan", value: "gold" }] },
    ]),
    retryTimes: 2,
    uui: "batch-12",
    variables: [{ key: "campaign", value: "renewals" }],
    timeZone: "America/New_York",
    availableTime: [
      { start: "13:00", end: "17:30" },
      { start: "09:00", end: "12:00" },
    ],
  };
}

async function auditOf(campaignId: number, action: string) {
  const { rows } = await listAuditEvents(await getDb(), { campaignId }, { limit: 10 });
  return rows.find((row) => row.action === action);
}

const requestsOf = async (action: string) =>
  (await harness.emulator.admin.requestCounts()).byAction[action]?.total ?? 0;

describe("createPredictiveCampaignAction", () => {
  it("creates with every field CCC takes, records lists and plan, and audits it", async () => {
    const input = await fullInput();
    const result = await createPredictiveCampaignAction(input);
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ sdkAppId: APP_A, replayed: false });
    const campaignId = result.data?.campaignId ?? 0;

    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
    const stored = app?.predictiveCampaigns.find((c) => c.CampaignId === campaignId);
    expect(stored).toMatchObject({
      Name: "Renewals December",
      SkillGroupId: input.skillGroupId,
      RetryTimes: 2,
      UUI: "batch-12",
      Variables: [{ Key: "campaign", Value: "renewals" }],
      TimeZone: "America/New_York",
      // Sorted, with seconds, as CCC documents.
      AvailableTime: [
        { StartTime: "09:00:00", EndTime: "12:00:00" },
        { StartTime: "13:00:00", EndTime: "17:30:00" },
      ],
      CalleeAttributes: [{ Callee: "+8613800000001", UUI: "order-17", Variables: [{ Key: "plan", Value: "gold" }] }],
      Status: 0,
    });
    // Left empty on the form: not invented.
    expect(stored?.IVRId).toBeUndefined();

    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId };
    const db = await getDb();
    expect((await latestCampaignLists(db, ref))?.calleeAttributes).toHaveLength(1);
    expect(await findCampaignPlan(db, ref)).toMatchObject({
      timeZone: "America/New_York",
      availableTime: input.availableTime,
    });
    const audit = await auditOf(campaignId, "CreatePredictiveDialingCampaign");
    expect(audit).toMatchObject({ outcome: "ok", userId: USER_ID, sdkAppId: APP_A });
    expect(audit?.summary).toMatchObject({ calleeCount: 2, calleeAttributeCount: 1, timeZone: "America/New_York" });
    // Counts only: no callee number in the audit trail.
    expect(JSON.stringify(audit?.summary)).not.toContain("+8613800000001");
  });

  it("creates once per idempotency key: a second submission replays the first answer", async () => {
    const input = await fullInput();
    const before = await requestsOf("CreatePredictiveDialingCampaign");
    const first = await createPredictiveCampaignAction(input);
    const second = await createPredictiveCampaignAction(input);
    expect(second.data).toMatchObject({ campaignId: first.data?.campaignId, replayed: true });
    expect(await requestsOf("CreatePredictiveDialingCampaign")).toBe(before + 1);
  });

  it("refuses a number on the do-not-call list before CCC", async () => {
    // A number of its own: the database outlives each test, the list must not reach the other tests' callees.
    const listed = "+8613800000099";
    const input = { ...(await fullInput()), callees: toWire(["+8613800000001", listed]), calleeAttributes: "[]" };
    const db = await getDb();
    await addDoNotCall(db, {
      sdkAppId: APP_A,
      phones: [listed],
      note: null,
      actor: { id: USER_ID, email: user.email },
    });
    try {
      const before = await requestsOf("CreatePredictiveDialingCampaign");
      const result = await createPredictiveCampaignAction(input);
      expect(result.serverError?.formError).toMatchObject({ code: "do_not_call" });
      expect(result.serverError?.formError?.message).toContain(listed);
      expect(await requestsOf("CreatePredictiveDialingCampaign")).toBe(before);
    } finally {
      await removeDoNotCall(db, APP_A, [listed]);
    }
  });

  it("refuses overlapping calling windows and a past start as field errors, before CCC", async () => {
    const input = await fullInput();
    const before = (await harness.emulator.admin.requestCounts()).total;
    const overlapping = await createPredictiveCampaignAction({
      ...input,
      availableTime: [
        { start: "09:00", end: "12:00" },
        { start: "11:00", end: "14:00" },
      ],
    });
    expect(JSON.stringify(overlapping.validationErrors)).toContain("availableTime");
    const past = await createPredictiveCampaignAction({ ...input, startTime: 1_000, endTime: 2_000 });
    expect(past.validationErrors?.fieldErrors.startTime).toEqual(["startInPast"]);
    expect((await harness.emulator.admin.requestCounts()).total).toBe(before);
  });

  it("opens a clone with the settings, lists, zone and windows it was created with", async () => {
    const input = await fullInput();
    const created = await createPredictiveCampaignAction(input);
    const campaignId = created.data?.campaignId ?? 0;
    const loaded = await loadNewPredictiveCampaign(user, { app: String(APP_A), from: String(campaignId) });
    if (loaded.state !== "ready") throw new Error(`clone page state ${loaded.state}`);
    expect(loaded.clone?.prefill).toMatchObject({ listsFound: true, hoursFound: true, timesMoved: false });
    expect(loaded.initialValues).toMatchObject({
      name: "Renewals December",
      retryTimes: 2,
      ivrId: undefined,
      timeZone: "America/New_York",
      availableTime: input.availableTime,
      callees: ["+8613800000001", "+8613800000002"],
      startTime: input.startTime,
    });
    expect(loaded.initialValues.calleeAttributes).toHaveLength(1);
  });
});

describe("deletePredictiveCampaignAction", () => {
  it("deletes a pending campaign and audits it; CCC's refusal of a running one reaches the caller", async () => {
    const created = await createPredictiveCampaignAction(await fullInput());
    const campaignId = created.data?.campaignId ?? 0;
    const deleted = await deletePredictiveCampaignAction({ sdkAppId: APP_A, campaignId });
    expect(deleted.serverError).toBeUndefined();
    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
    expect(app?.predictiveCampaigns.some((c) => c.CampaignId === campaignId)).toBe(false);
    expect(await auditOf(campaignId, "DeletePredictiveDialingCampaign")).toMatchObject({
      outcome: "ok",
      userId: USER_ID,
    });

    const running = app?.predictiveCampaigns.find((c) => c.Status === 1);
    if (!running) throw new Error("the demo seed has no running campaign in APP_A");
    const refused = await deletePredictiveCampaignAction({ sdkAppId: APP_A, campaignId: running.CampaignId });
    expect(refused.serverError?.formError?.code).toMatch(/^UnsupportedOperation/);
  });
});
