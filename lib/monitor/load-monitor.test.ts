/**
 * The live monitor's loader through the real path: the process-wide client → in-process emulator over HTTP, PGlite.
 * Expected figures come from the emulator's admin state and from CCC's own answers read separately (signed raw
 * requests), never from the loader's code.
 */
import { describe, expect, it } from "vitest";
import { createCccCaller } from "@/emulator/test-support";
import { APP_A, fakeUser } from "@/lib/actions/testing/action-harness";
import { setUpLoaderHarness } from "@/lib/campaigns/testing/loader-harness";
import { loadPredictiveMonitor } from "./load-monitor";

const harness = setUpLoaderHarness();
const viewer = fakeUser("viewer", [APP_A]);
const route = (campaignId: number) => ({ sdkAppId: String(APP_A), campaignId: String(campaignId) });
const METRICS = ["DescribeStaffStatusMetrics", "DescribeCallInMetrics"] as const;

async function seededApp() {
  const app = (await harness().emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  if (!app) throw new Error(`the emulator has no app ${APP_A}`);
  const byStatus = (status: number) => {
    const found = app.predictiveCampaigns.find((c) => c.Status === status);
    if (!found) throw new Error(`the demo seed has no predictive campaign in status ${status}`);
    return found;
  };
  return { app, running: byStatus(1), pending: byStatus(0), finished: byStatus(4) };
}

/** CCC's own answers for the group, read in the same state slot as the loader (retried across a slot change). */
async function cccFigures(skillGroupId: number) {
  const ccc = createCccCaller(harness().emulator);
  const staff = await ccc.ok("DescribeStaffStatusMetrics", { SdkAppId: APP_A, GroupIdList: [skillGroupId] });
  const callIn = await ccc.ok("DescribeCallInMetrics", { SdkAppId: APP_A, EnabledSkillGroup: true });
  const metrics = (callIn.SkillGroupMetrics as { SkillGroupId: number; Metrics: Record<string, number> }[]).find(
    (g) => g.SkillGroupId === skillGroupId,
  )?.Metrics;
  return {
    agents: (staff.Metrics as { Email: string; Status: string }[])
      .map((m) => ({ email: m.Email, state: m.Status }))
      .sort((a, b) => a.email.localeCompare(b.email)),
    queue: { waiting: metrics?.QueueCount, ringing: metrics?.RingCount, longestWaitSeconds: metrics?.MaxQueueDuration },
  };
}

async function inOneSlot<T>(read: () => Promise<T>): Promise<T> {
  for (;;) {
    const before = Math.floor((await harness().emulator.admin.clock()).nowSeconds / 5);
    const value = await read();
    if (Math.floor((await harness().emulator.admin.clock()).nowSeconds / 5) === before) return value;
  }
}

describe("loadPredictiveMonitor", () => {
  it("a running campaign: progress, its skill group's agents and queue as CCC reports them", async () => {
    const { app, running } = await seededApp();
    const [result, expected] = await inOneSlot(() =>
      Promise.all([loadPredictiveMonitor(route(running.CampaignId), viewer), cccFigures(running.SkillGroupId)]),
    );
    if (result.state !== "ok") throw new Error(`monitor failed: ${result.state}`);
    const admin = await harness().emulator.admin.predictiveCampaign(APP_A, running.CampaignId);
    expect(result.status).toBe("running");
    expect(result.progress?.calleeCount).toBe(admin.CalleeCount);
    // Campaign time runs on (3 callees every 10 s): the loader's read is at most the emulator's count after it.
    expect(result.progress?.finishedCalleeCount).toBeGreaterThanOrEqual(running.FinishedCalleeCount);
    expect(result.progress?.finishedCalleeCount).toBeLessThanOrEqual(admin.FinishedCalleeCount);
    expect(result.skillGroup).toEqual({
      id: running.SkillGroupId,
      name: app.skillGroups.find((g) => g.SkillGroupId === running.SkillGroupId)?.SkillGroupName,
    });
    const members = app.staff
      .filter((s) => s.SkillGroupList?.some((g) => g.SkillGroupId === running.SkillGroupId))
      .map((s) => s.Mail)
      .sort();
    expect(members.length).toBeGreaterThan(0);
    expect(result.live?.agents.map((a) => a.email)).toEqual(members);
    expect(result.live?.agents).toEqual(expected.agents);
    expect(result.live?.queue).toEqual(expected.queue);
  });

  it("progress follows the emulator's clock", async () => {
    const { running } = await seededApp();
    const first = await loadPredictiveMonitor(route(running.CampaignId), viewer);
    await harness().emulator.admin.advanceClock(60);
    const low = (await harness().emulator.admin.predictiveCampaign(APP_A, running.CampaignId)).FinishedCalleeCount;
    const later = await loadPredictiveMonitor(route(running.CampaignId), viewer);
    const high = (await harness().emulator.admin.predictiveCampaign(APP_A, running.CampaignId)).FinishedCalleeCount;
    if (first.state !== "ok" || later.state !== "ok") throw new Error("monitor failed");
    expect(low).toBeGreaterThan(first.progress?.finishedCalleeCount ?? Infinity);
    expect(later.progress?.finishedCalleeCount).toBeGreaterThanOrEqual(low);
    expect(later.progress?.finishedCalleeCount).toBeLessThanOrEqual(high);
  });

  it("a pending campaign: not live, its start time, and no real-time metrics asked of CCC", async () => {
    const { pending } = await seededApp();
    await harness().emulator.admin.resetCounts();
    const result = await loadPredictiveMonitor(route(pending.CampaignId), viewer);
    if (result.state !== "ok") throw new Error(`monitor failed: ${result.state}`);
    expect(result).toMatchObject({ status: "pending", startTime: pending.StartTime, live: null });
    expect(result.progress).toEqual({ calleeCount: pending.CalleeCount, finishedCalleeCount: 0 });
    const { byAction } = await harness().emulator.admin.requestCounts();
    for (const action of METRICS) expect(byAction[action]?.total ?? 0).toBe(0);
  });

  it("a finished campaign: its final figures, not live", async () => {
    const { finished } = await seededApp();
    const result = await loadPredictiveMonitor(route(finished.CampaignId), viewer);
    if (result.state !== "ok") throw new Error(`monitor failed: ${result.state}`);
    expect(result).toMatchObject({ status: "finished", live: null });
    expect(result.progress).toEqual({
      calleeCount: finished.CalleeCount,
      finishedCalleeCount: finished.FinishedCalleeCount,
    });
  });

  it("another app's campaign is not found, and a metrics failure is CCC's code", async () => {
    const { running } = await seededApp();
    const outsider = fakeUser("viewer", []);
    expect(await loadPredictiveMonitor(route(running.CampaignId), outsider)).toEqual({ state: "notFound" });
    await harness().emulator.admin.injectFault({
      action: "DescribeCallInMetrics",
      kind: "error",
      code: "InternalError",
    });
    await expect(loadPredictiveMonitor(route(running.CampaignId), viewer)).rejects.toMatchObject({
      code: "InternalError",
    });
  });
});
