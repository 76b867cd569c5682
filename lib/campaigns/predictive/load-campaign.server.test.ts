/**
 * Predictive loaders and the terminal-state records, through the real path (process-wide client → in-process
 * emulator, PGlite). The read cache's window is 0, so the counts show what the records save on their own.
 */
import { describe, expect, it } from "vitest";
import { APP_A, fakeUser } from "@/lib/actions/testing/action-harness";
import { findTerminalState, findTerminalStates, getDb } from "@/lib/db";
import { setUpLoaderHarness } from "../testing/loader-harness";
import { loadPredictiveCampaign } from "./load-campaign.server";
import { loadPredictiveCampaigns } from "./load-campaigns.server";

const harness = setUpLoaderHarness();

const viewer = fakeUser("viewer", [APP_A]);
const route = (campaignId: number) => ({ sdkAppId: String(APP_A), campaignId: String(campaignId) });

async function seeded() {
  const app = (await harness().emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const finished = app?.predictiveCampaigns.find((c) => c.Status === 4);
  const aborted = app?.predictiveCampaigns.find((c) => c.Status === 3);
  if (!app || !finished || !aborted) throw new Error("the demo seed lacks a finished or an aborted campaign");
  await harness().emulator.admin.resetCounts();
  return { app, finished, aborted };
}

async function counts() {
  const { byAction } = await harness().emulator.admin.requestCounts();
  return {
    describe: byAction.DescribePredictiveDialingCampaign?.total ?? 0,
    list: byAction.DescribePredictiveDialingCampaigns?.total ?? 0,
  };
}

describe("terminal states of predictive campaigns", () => {
  it("the list records the finished and aborted rows it shows, and nothing else", async () => {
    const { app } = await seeded();
    const result = await loadPredictiveCampaigns({ app: String(APP_A) }, viewer);
    if (result.state !== "ok") throw new Error(`list failed: ${result.state}`);
    const shown = result.rows.map((row) => ({ sdkAppId: APP_A, campaignId: row.campaignId }));
    const recorded = await findTerminalStates(await getDb(), "predictive", shown);
    const expected = app.predictiveCampaigns
      .filter((c) => shown.some((s) => s.campaignId === c.CampaignId) && (c.Status === 3 || c.Status === 4))
      .map((c) => `${c.CampaignId} ${c.Status === 4 ? "finished" : "aborted"}`);
    expect(expected.length).toBeGreaterThan(1);
    expect(recorded.map((row) => `${row.campaignId} ${row.state}`).sort()).toEqual(expected.sort());
    expect(recorded.every((row) => row.describe === null && row.listItem !== null)).toBe(true);
  });

  it("a campaign page asks CCC once, then shows the record with its callee counts and asks nothing", async () => {
    const { finished } = await seeded();
    const live = await loadPredictiveCampaign(route(finished.CampaignId), viewer);
    expect(live).toMatchObject({ state: "ok", recordedAt: null, snapshot: { status: "finished" } });
    expect(await counts()).toEqual({ describe: 1, list: 1 });

    const fromRecord = await loadPredictiveCampaign(route(finished.CampaignId), viewer);
    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId: finished.CampaignId };
    const row = await findTerminalState(await getDb(), ref);
    expect(fromRecord).toEqual({ ...live, recordedAt: row?.recordedAt });
    expect(fromRecord.state === "ok" && fromRecord.progress).toEqual({
      calleeCount: finished.Callees.length,
      finishedCalleeCount: finished.FinishedCalleeCount,
    });
    expect(await counts()).toEqual({ describe: 1, list: 1 });

    const fresh = await loadPredictiveCampaign(route(finished.CampaignId), viewer, { fresh: true });
    expect(fresh).toMatchObject({ state: "ok", recordedAt: null });
    expect(await counts()).toEqual({ describe: 2, list: 2 });
  });

  it("a live campaign is not recorded and is described on every view", async () => {
    const { app } = await seeded();
    const running = app.predictiveCampaigns.find((c) => c.Status === 1);
    if (!running) throw new Error("the demo seed has no running campaign");
    await loadPredictiveCampaign(route(running.CampaignId), viewer);
    await loadPredictiveCampaign(route(running.CampaignId), viewer);
    expect(await counts()).toEqual({ describe: 2, list: 2 });
    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId: running.CampaignId };
    expect(await findTerminalState(await getDb(), ref)).toBeNull();
  });
});
