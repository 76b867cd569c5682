/**
 * The cruise create and abort actions through the guard, against a real PGlite database and the in-process CCC
 * emulator: what CCC receives, what the console records (campaign, lists, audit), replays and error mapping.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { loadCruiseCampaign } from "@/lib/campaigns/cruise/load.server";
import { findConsoleCampaign, getDb, latestCampaignLists, listAuditEvents } from "@/lib/db";
import { abortAgentCruiseCampaignAction } from "./abort-agent-cruise-campaign-action";
import { createAgentCruiseCampaignAction } from "./create-agent-cruise-campaign-action";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "./testing/action-harness";

const session = vi.mocked(getSessionUser);
const SUPERVISOR_ID = "00000000-0000-4000-8000-0000000000c5";
const CREATE = "CreateAgentCruiseDialingCampaign";

let harness: ActionHarness;
let agent: string;
let caller: string;
beforeAll(async () => {
  harness = await startActionHarness();
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  agent = app?.staff[0]?.Mail ?? "";
  caller = app?.numbers.find((n) => n.State === 1)?.Number ?? "";
}, 120_000);
afterAll(async () => harness?.close());
beforeEach(async () => {
  session.mockResolvedValue(fakeUser("supervisor", [APP_A], SUPERVISOR_ID));
  await harness.emulator.admin.clearFaults();
});

function input(overrides: Record<string, unknown> = {}) {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    sdkAppId: APP_A,
    name: "  Renewal callbacks ",
    agent,
    concurrencyNumber: 4,
    startTime: start,
    endTime: start + 7200,
    // The wire form, in national format with a duplicate: the server re-normalizes whatever the browser sent.
    callees: "13800000001\n+8613800000002\n+86 138 0000 0001",
    callers: [caller],
    callOrder: 1 as const,
    uui: "batch-7",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

const createCalls = async () => (await harness.emulator.admin.requestCounts()).byAction[CREATE]?.total ?? 0;

describe("createAgentCruiseCampaignAction", () => {
  it("creates exactly what was entered, records the campaign and its lists, and audits counts only", async () => {
    const values = input();
    const result = await createAgentCruiseCampaignAction(values as never);
    expect(result.serverError).toBeUndefined();
    const data = result.data;
    if (!data) throw new Error("no data");
    expect(data).toMatchObject({ sdkAppId: APP_A, replayed: false });

    const stored = await harness.emulator.admin.cruiseCampaign(APP_A, data.campaignId);
    expect(stored).toMatchObject({
      Name: "Renewal callbacks",
      Agent: agent,
      ConcurrencyNumber: 4,
      StartTime: values.startTime,
      EndTime: values.endTime,
      Callees: ["+8613800000001", "+8613800000002"],
      Callers: [caller],
      CallOrder: 1,
      UUI: "batch-7",
      State: 0,
    });

    const db = await getDb();
    const ref = { kind: "cruise" as const, sdkAppId: APP_A, campaignId: data.campaignId };
    expect(await findConsoleCampaign(db, ref)).toMatchObject({
      name: "Renewal callbacks",
      agent,
      createdBy: SUPERVISOR_ID,
      cccRequestId: data.requestId,
    });
    expect(await latestCampaignLists(db, ref)).toMatchObject({
      callees: ["+8613800000001", "+8613800000002"],
      callers: [caller],
    });
    const audit = (await listAuditEvents(db, {}, { limit: 1 })).rows[0];
    expect(audit).toMatchObject({ action: CREATE, outcome: "ok", cccRequestId: data.requestId });
    expect(audit?.summary).toMatchObject({ callees: { count: 2 }, callerCount: 1, concurrencyNumber: 4 });
  });

  it("asks CCC about the new campaign before answering, so its page (and the lists) read it from the cache", async () => {
    const describes = async () =>
      (await harness.emulator.admin.requestCounts()).byAction.DescribeAgentCruiseDialingCampaign?.total ?? 0;
    const before = await describes();
    const result = await createAgentCruiseCampaignAction(input() as never);
    const campaignId = result.data?.campaignId;
    if (!campaignId) throw new Error(JSON.stringify(result));
    expect(await describes()).toBe(before + 1);
    const page = await loadCruiseCampaign(APP_A, campaignId);
    expect(page.describe).toMatchObject({ ok: true, view: { state: "notStarted" } });
    expect(await describes(), "the page was served the answer the create fetched").toBe(before + 1);
  });

  it("replays the first answer for the same key: two submissions, one campaign", async () => {
    const values = input();
    const before = await createCalls();
    const [first, second] = await Promise.all([
      createAgentCruiseCampaignAction(values as never),
      createAgentCruiseCampaignAction(values as never),
    ]);
    expect(await createCalls()).toBe(before + 1);
    const ok = [first, second].filter((r) => r.data);
    // Racing: the loser either replays the answer or is told the first is still in progress.
    for (const r of [first, second]) {
      if (r.data) expect(r.data.campaignId).toBe(ok[0]?.data?.campaignId);
      else expect(r.serverError?.formError?.code).toBe("create_in_progress");
    }
    const third = await createAgentCruiseCampaignAction(values as never);
    expect(third.data).toMatchObject({ campaignId: ok[0]?.data?.campaignId, replayed: true });
    expect(await createCalls()).toBe(before + 1);
  });

  it("refuses a start time in the past by the server's clock without calling CCC", async () => {
    const before = await createCalls();
    const now = Math.floor(Date.now() / 1000);
    const result = await createAgentCruiseCampaignAction(input({ startTime: now - 1, endTime: now + 600 }) as never);
    expect(result.validationErrors?.fieldErrors.startTime).toEqual(["startInPast"]);
    expect(await createCalls()).toBe(before);
  });

  it("puts CCC's InvalidParameterValue about the agent on the agent field, with the RequestId", async () => {
    const result = await createAgentCruiseCampaignAction(input({ agent: "nobody@example.com" }) as never);
    expect(result.serverError?.fieldErrors).toEqual({ agent: ["InvalidParameterValue"] });
    expect(result.serverError?.requestId).toMatch(/\S+/);
  });

  it("puts LimitExceeded.OutOfCountLimit on the callees and InternalError at form level", async () => {
    await harness.emulator.admin.injectFault({
      action: CREATE,
      kind: "error",
      code: "LimitExceeded.OutOfCountLimit",
      times: 1,
    });
    const limited = await createAgentCruiseCampaignAction(input() as never);
    expect(limited.serverError?.fieldErrors).toEqual({ callees: ["LimitExceeded.OutOfCountLimit"] });

    await harness.emulator.admin.injectFault({ action: CREATE, kind: "error", code: "InternalError", times: 1 });
    const internal = await createAgentCruiseCampaignAction(input() as never);
    expect(internal.serverError?.formError?.code).toBe("InternalError");
    expect(internal.serverError?.requestId).toMatch(/\S+/);
    expect(internal.serverError?.changed).toBe("no");
  });

  it.each([
    ["UUI", { fieldErrors: { uui: ["InvalidParameterValue"] } }],
    ["SdkAppId", { fieldErrors: { sdkAppId: ["InvalidParameterValue"] } }],
    // Not a field of the create request: the form as a whole, with CCC's code.
    ["CampaignId", { formError: { code: "InvalidParameterValue", message: expect.any(String) } }],
  ])("puts CCC's InvalidParameterValue naming %s where the form shows it, nothing changed", async (wire, placed) => {
    await harness.emulator.admin.injectFault({
      action: CREATE,
      kind: "error",
      code: "InvalidParameterValue",
      message: `The value of parameter \`${wire}\` is invalid`,
      times: 1,
    });
    const result = await createAgentCruiseCampaignAction(input() as never);
    const audit = (await listAuditEvents(await getDb(), { action: CREATE }, { limit: 1 })).rows[0];
    expect(result.serverError).toEqual({ ...placed, requestId: audit?.cccRequestId, changed: "no" });
  });

  it("refuses callees that are not phone numbers after server re-normalization", async () => {
    const result = await createAgentCruiseCampaignAction(input({ callees: "+8613800000001\n+86abc" }) as never);
    expect(result.validationErrors?.fieldErrors.callees).toEqual(["calleeNotE164"]);
    const empty = await createAgentCruiseCampaignAction(input({ callees: "" }) as never);
    expect(empty.validationErrors?.fieldErrors.callees).toEqual(["calleesRequired"]);
  });
});

describe("abortAgentCruiseCampaignAction", () => {
  it("aborts and audits", async () => {
    const created = await createAgentCruiseCampaignAction(input() as never);
    const campaignId = created.data?.campaignId ?? 0;
    const result = await abortAgentCruiseCampaignAction({ sdkAppId: APP_A, campaignId });
    expect(result.data?.requestId).toMatch(/\S+/);
    expect((await harness.emulator.admin.cruiseCampaign(APP_A, campaignId)).State).toBe(3);
    const audit = (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
    expect(audit).toMatchObject({ action: "AbortAgentCruiseDialingCampaign", campaignId, outcome: "ok" });
  });
});
