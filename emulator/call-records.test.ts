/** The emulator's generated sessions, CDRs and live metrics, through its CCC endpoint (signed requests over HTTP). */
import { describe, expect, it } from "vitest";
import { OUTCOMES, outcomeOf } from "../lib/results/end-status";
import { setUpTestEmulator } from "./test-emulator";
import { codeOf, createCccCaller } from "./test-support";

const APP = 1400000001;
const FINISHED = 1007; // 1,320 callees dialled, 10 to 3 days before the seed time
const RUNNING = 1004; // started an hour before the seed time, 3 callees per 10 s
const DAY = 86_400;
const emulator = setUpTestEmulator();
const ccc = () => createCccCaller(emulator(), () => Math.floor(Date.now() / 1000));
const now = () => Math.floor(Date.now() / 1000);

async function allSessions(campaignId: number, pageSize = 1000): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 0; ; page++) {
    const r = await ccc().ok("DescribePredictiveDialingSessions", {
      SdkAppId: APP,
      CampaignId: campaignId,
      PageSize: pageSize,
      PageNumber: page,
    });
    ids.push(...(r.SessionList as string[]));
    if (ids.length >= (r.TotalCount as number)) return ids;
  }
}

async function cdrs(body: Record<string, unknown>) {
  const reply = await ccc().ok("DescribeTelCdr", {
    SdkAppId: APP,
    StartTimeStamp: now() - 30 * DAY,
    EndTimeStamp: now(),
    PageSize: 100,
    PageNumber: 0,
    ...body,
  });
  return { total: reply.TotalCount as number, list: reply.TelCdrList as Record<string, unknown>[] };
}

describe("generated call records", () => {
  it("pages a finished campaign's sessions: one per dialled callee, unique, the same on every read", async () => {
    const ids = await allSessions(FINISHED);
    expect(ids).toHaveLength(1320);
    expect(new Set(ids).size).toBe(1320);
    expect(await allSessions(FINISHED, 7)).toEqual(ids);
    await emulator().admin.reset();
    expect(await allSessions(FINISHED)).toEqual(ids);
  });

  it("answers CDRs by SessionIds in the order asked, and their outcomes add up to the admin summary", async () => {
    const ids = await allSessions(FINISHED);
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
    for (let i = 0; i < ids.length; i += 100) {
      const batch = ids.slice(i, i + 100);
      const { total, list } = await cdrs({ SessionIds: batch });
      expect(total).toBe(batch.length);
      expect(list.map((r) => r.SessionId)).toEqual(batch);
      for (const r of list)
        counts[outcomeOf(r.EndStatus as number)] = (counts[outcomeOf(r.EndStatus as number)] ?? 0) + 1;
    }
    const summary = await emulator().admin.campaignCalls(APP, "predictive", FINISHED);
    expect(summary.total).toBe(1320);
    expect(counts).toEqual(summary.outcomes);
    // A realistic mix, not one outcome: about half answered.
    expect(summary.outcomes.answered).toBeGreaterThan(1320 * 0.4);
    expect(summary.outcomes.answered).toBeLessThan(1320 * 0.56);
    expect(summary.outcomes.noAnswer).toBeGreaterThan(0);
    expect(summary.outcomes.busy).toBeGreaterThan(0);
  });

  it("gives an answered call an agent of the campaign's skill group, a recording and a duration", async () => {
    const ids = await allSessions(FINISHED);
    const { list } = await cdrs({ SessionIds: ids.slice(0, 100) });
    const answered = list.find((r) => r.EndStatus === 1);
    const missed = list.find((r) => r.EndStatus === 202);
    expect(answered).toMatchObject({
      Direction: 1,
      CallType: 5,
      EndStatusString: "ok",
      HungUpSide: expect.any(String),
    });
    expect(answered?.Duration).toBeGreaterThanOrEqual(15);
    expect(String(answered?.RecordURL)).toMatch(/\.mp3$/);
    expect((answered?.SeatUser as { Mail?: string } | undefined)?.Mail).toMatch(/@/);
    expect(missed).toMatchObject({ Duration: 0, EndStatusString: "notAnswer", SeatUser: null, RecordURL: "" });
  });

  it("lists every campaign's calls in a time window without SessionIds, page by page", async () => {
    const state = await emulator().admin.state();
    const app = state.apps.find((a) => a.SdkAppId === APP);
    const expected =
      (app?.predictiveCampaigns ?? []).reduce((n, c) => n + c.FinishedCalleeCount, 0) +
      (app?.cruiseCampaigns ?? []).reduce((n, c) => n + c.CalledCalleeCount, 0);
    const first = await cdrs({});
    expect(first.total).toBe(expected);
    const last = await cdrs({ PageNumber: Math.floor((expected - 1) / 100) });
    expect(last.list).toHaveLength(expected % 100 || 100);
    // 1007 dials 3 callees per 10 s round, one second apart: its first 1,000 s hold rounds 0–99, 300 calls.
    const start = app?.predictiveCampaigns.find((c) => c.CampaignId === FINISHED)?.StartTime ?? 0;
    const narrow = await cdrs({ StartTimeStamp: start, EndTimeStamp: start + 999 });
    expect(narrow.total).toBe(300);
    expect(narrow.list.every((r) => String(r.SessionId).startsWith(FINISHED.toString(16).padStart(8, "0")))).toBe(true);
  });

  it("adds sessions to a running campaign as the clock moves", async () => {
    const before = (await allSessions(RUNNING)).length;
    await emulator().admin.advanceClock(60);
    const after = await allSessions(RUNNING);
    expect(after.length - before).toBe(18);
  });

  it("refuses windows and pages beyond CCC's limits with InvalidParameterValue naming the field", async () => {
    const base = { SdkAppId: APP, PageSize: 100, PageNumber: 0, EndTimeStamp: now() };
    const old = await ccc().call("DescribeTelCdr", {
      ...base,
      StartTimeStamp: now() - 181 * DAY,
      EndTimeStamp: now() - 100 * DAY,
    });
    const wide = await ccc().call("DescribeTelCdr", { ...base, StartTimeStamp: now() - 90 * DAY });
    const big = await ccc().call("DescribeTelCdr", { ...base, StartTimeStamp: now() - DAY, PageSize: 101 });
    const sessions = await ccc().call("DescribePredictiveDialingSessions", {
      SdkAppId: APP,
      CampaignId: FINISHED,
      PageSize: 1001,
      PageNumber: 0,
    });
    expect([old, wide, big, sessions].map(codeOf)).toEqual(Array(4).fill("InvalidParameterValue"));
    expect(old.Response.Error?.Message).toMatch(/^StartTimeStamp .*180 days/);
    expect(wide.Response.Error?.Message).toMatch(/^EndTimeStamp .*90 days/);
    expect(big.Response.Error?.Message).toBe("PageSize must be between 1 and 100");
    expect(sessions.Response.Error?.Message).toBe("PageSize must be between 1 and 1000");
  });
});

describe("generated live metrics", () => {
  it("reports agents by state, the same within a 20 s slot, filtered by skill group and state", async () => {
    const all = await ccc().ok("DescribeStaffStatusMetrics", { SdkAppId: APP });
    const again = await ccc().ok("DescribeStaffStatusMetrics", { SdkAppId: APP });
    const metrics = all.Metrics as { Email: string; Status: string }[];
    expect(metrics).toHaveLength(8);
    const slot = Math.floor(now() / 20);
    if (Math.floor(now() / 20) === slot) expect(again.Metrics).toEqual(all.Metrics);
    const status = metrics[0]?.Status ?? "free";
    const filtered = await ccc().ok("DescribeStaffStatusMetrics", { SdkAppId: APP, StatusList: [status] });
    expect((filtered.Metrics as { Status: string }[]).every((m) => m.Status === status)).toBe(true);
  });

  it("shows queue figures only for skill groups with a running predictive campaign", async () => {
    const r = await ccc().ok("DescribeCallInMetrics", { SdkAppId: APP, EnabledSkillGroup: true });
    const groups = r.SkillGroupMetrics as { SkillGroupId: number; Metrics: { AcceptCount: number } }[];
    expect(groups.find((g) => g.SkillGroupId === 101)?.Metrics.AcceptCount).toBeGreaterThan(0); // 1004 runs in 101
    expect(groups.find((g) => g.SkillGroupId === 103)?.Metrics.AcceptCount).toBe(0);
  });
});
