/**
 * The cruise loaders through the real path: the process-wide CCC client against the in-process emulator, and the
 * console's own PGlite database. The emulator's request counts show what each view costs CCC. The read cache's
 * window is 0 here, so every count is what the terminal-state records save on their own.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { APP_A } from "@/lib/actions/testing/action-harness";
import { getCccClient } from "@/lib/ccc/server";
import { findTerminalState, getDb, recordConsoleCampaign } from "@/lib/db";
import { consoleCampaigns as consoleCampaignsTable } from "@/lib/db/schema";
import { setUpLoaderHarness } from "../testing/loader-harness";
import { LIST_DESCRIBE_WAIT_MS, loadCruiseCampaign, loadCruiseList } from "./load.server";

const DESCRIBE = "DescribeAgentCruiseDialingCampaign";
const CREATOR = "00000000-0000-4000-8000-0000000000d1";
const harness = setUpLoaderHarness();
// The emulator goes back to its seed (CampaignIds start over), so the console's record of what it created goes too.
beforeEach(async () => {
  await (await getDb()).delete(consoleCampaignsTable);
});

/** `count` campaigns created in CCC and recorded as created from the console; the first `finished` then finish. */
async function consoleCampaigns(count: number, finished: number, prefix: string): Promise<number[]> {
  const now = Math.floor(Date.now() / 1000);
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${prefix} ${index}`;
    const { CampaignId } = await getCccClient().createAgentCruiseDialingCampaign({
      SdkAppId: APP_A,
      Name: name,
      Agent: "li.na@example.com",
      ConcurrencyNumber: 2,
      StartTime: now + 3_600,
      EndTime: now + 7_200,
      Callees: ["+8613800138000"],
    });
    await recordConsoleCampaign(await getDb(), {
      kind: "cruise",
      sdkAppId: APP_A,
      campaignId: CampaignId,
      name,
      agent: "li.na@example.com",
      createdBy: CREATOR,
      createdByEmail: "sup@example.com",
    });
    if (index < finished) await harness().emulator.admin.setCruiseCampaign(APP_A, CampaignId, { State: 2 });
    ids.push(CampaignId);
  }
  await harness().emulator.admin.resetCounts();
  return ids;
}

const describes = async () => (await harness().emulator.admin.requestCounts()).byAction[DESCRIBE]?.total ?? 0;

describe("loadCruiseList", () => {
  it("does not wait for a slow Describe: the row says 'checking' while the call goes on", async () => {
    await consoleCampaigns(1, 0, "Slow");
    await harness().emulator.admin.injectFault({ action: DESCRIBE, kind: "latency", latencyMs: 3_000, times: 1 });
    const started = performance.now();
    // The read cache is off in this file, which waits for every row by default: ask for the deadline.
    const first = await loadCruiseList({ app: String(APP_A) }, [APP_A], { describeWaitMs: LIST_DESCRIBE_WAIT_MS });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(first.rows.map((row) => row.describe)).toEqual([
      { ok: false, failure: { code: "Pending", requestId: null, category: "pending" } },
    ]);
    // The slow call is not cancelled: the next view joins it (single-flight) and shows the campaign's state.
    await expect
      .poll(async () => (await loadCruiseList({ app: String(APP_A) }, [APP_A])).rows[0]?.describe, { timeout: 15_000 })
      .toMatchObject({ ok: true, view: { name: "Slow 0" } });
    expect(await describes()).toBe(1);
  });

  it("describes a page of 20 once; afterwards only the 5 live rows cost a Describe", async () => {
    await consoleCampaigns(20, 15, "Page");
    const first = await loadCruiseList({ app: String(APP_A) }, [APP_A]);
    expect(first.rows).toHaveLength(20);
    expect(await describes()).toBe(20);
    expect(first.rows.filter((row) => row.describe.ok && row.describe.recordedAt === null)).toHaveLength(20);

    const second = await loadCruiseList({ app: String(APP_A) }, [APP_A]);
    expect(await describes()).toBe(25);
    const states = second.rows.map((row) => (row.describe.ok ? row.describe.view.state : "failed"));
    expect(states.filter((state) => state === "finished")).toHaveLength(15);
    expect(second.rows.filter((row) => row.describe.ok && row.describe.recordedAt !== null)).toHaveLength(15);
  });

  it("a recorded finished campaign costs no CCC request, in the state filter's scan too", async () => {
    const [finishedId] = await consoleCampaigns(1, 1, "Done");
    await loadCruiseList({ app: String(APP_A) }, [APP_A]);
    expect(await describes()).toBe(1);

    const list = await loadCruiseList({ app: String(APP_A) }, [APP_A]);
    const filtered = await loadCruiseList({ app: String(APP_A), state: "finished" }, [APP_A]);
    expect(await describes()).toBe(1);
    for (const data of [list, filtered]) {
      expect(data.rows.map((row) => [row.record.campaignId, row.describe.ok && row.describe.view.state])).toEqual([
        [finishedId, "finished"],
      ]);
    }
  });
});

describe("loadCruiseCampaign", () => {
  it("shows a recorded campaign without CCC, and a fresh load asks CCC and re-records it", async () => {
    const [id = 0] = await consoleCampaigns(1, 1, "Single");
    const live = await loadCruiseCampaign(APP_A, id);
    expect(live.describe).toMatchObject({ ok: true, recordedAt: null, view: { state: "finished" } });
    const recordedAt = (await findTerminalState(await getDb(), { kind: "cruise", sdkAppId: APP_A, campaignId: id }))
      ?.recordedAt;
    expect(recordedAt).toBeInstanceOf(Date);

    const fromRecord = await loadCruiseCampaign(APP_A, id);
    expect(fromRecord.describe).toEqual({ ok: true, recordedAt, view: live.describe.ok && live.describe.view });
    expect(fromRecord.record?.name).toBe("Single 0");
    expect(await describes()).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const refreshed = await loadCruiseCampaign(APP_A, id, { fresh: true });
    expect(refreshed.describe).toMatchObject({ ok: true, recordedAt: null });
    expect(await describes()).toBe(2);
    const after = await loadCruiseCampaign(APP_A, id);
    expect(after.describe.ok && after.describe.recordedAt?.getTime()).toBeGreaterThan(recordedAt?.getTime() ?? 0);
  });

  it("a refresh that finds the campaign in another state drops the record", async () => {
    const [id = 0] = await consoleCampaigns(1, 1, "Contradicted");
    await loadCruiseCampaign(APP_A, id);
    // Not something CCC does; a record that went wrong (or an emulator put back to its seed) must be correctable.
    await harness().emulator.admin.setCruiseCampaign(APP_A, id, { State: 0 });
    expect((await loadCruiseCampaign(APP_A, id)).describe).toMatchObject({ view: { state: "finished" } });
    const refreshed = await loadCruiseCampaign(APP_A, id, { fresh: true });
    expect(refreshed.describe).toMatchObject({ ok: true, recordedAt: null, view: { state: "notStarted" } });
    expect(await findTerminalState(await getDb(), { kind: "cruise", sdkAppId: APP_A, campaignId: id })).toBeNull();
  });
});
