/** Results through the real path: the signed client, the emulator over HTTP, its generated calls. */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { setUpTestEmulator } from "@/emulator/test-emulator";
import { createCccClient } from "@/lib/ccc/client";
import { withReadCache } from "@/lib/ccc/read-cache";
import { readCccConfig } from "@/lib/config/ccc-env";
import { createLogger } from "@/lib/log";
import { OUTCOMES } from "./end-status";
import { CSV_COLUMNS, csvExportStream } from "./export-csv";
import { planCalls } from "./fetch-calls";
import { loadResultsChunk } from "./load-chunk";

const APP = 1400000001;
const FINISHED = 1007; // 1,320 calls
const emulator = setUpTestEmulator();
const now = () => Math.floor(Date.now() / 1000);

function client() {
  const config = readCccConfig({ CCC_ENDPOINT: emulator().url }, true);
  const base = createCccClient(config, {
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
    logger: createLogger(undefined, { level: "silent" }),
  });
  return withReadCache(base, { freshMs: 2_000 });
}

const countsOf = (outcomes: string[]) =>
  Object.fromEntries(OUTCOMES.map((o) => [o, outcomes.filter((x) => x === o).length]));

async function exportCsv(showNumbers: boolean, kind: "predictive" | "cruise" = "predictive", campaignId = FINISHED) {
  const c = client();
  const plan = await planCalls(c, { sdkAppId: APP, kind, campaignId }, now());
  const ends: unknown[] = [];
  const text = await new Response(csvExportStream(c, plan, { showNumbers, onEnd: (o) => ends.push(o) })).text();
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return { header: rows[0], rows: rows.slice(1), ends };
}

describe("CSV export", () => {
  it("streams every call of a finished predictive campaign, outcomes matching the emulator's", async () => {
    const { header, rows, ends } = await exportCsv(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1320);
    expect(ends).toEqual([{ rows: 1320 }]);
    expect(new Set(rows.map((r) => r[0])).size).toBe(1320);
    const summary = await emulator().admin.campaignCalls(APP, "predictive", FINISHED);
    expect(countsOf(rows.map((r) => r[4] ?? ""))).toEqual(summary.outcomes);
    expect(rows[0]?.[1]).toBe(summary.first?.Callee);
    expect(rows.every((r) => /^\+86\d{11}$/.test(r[1] ?? ""))).toBe(true);
    expect(rows.some((r) => (r[13] ?? "").endsWith(".mp3"))).toBe(true);
  });

  it("pages within CCC's limits and around the read cache: 2 sessions pages, 14 CDR requests", async () => {
    await emulator().admin.resetCounts();
    await exportCsv(false);
    await exportCsv(false);
    const counts = (await emulator().admin.requestCounts()).byAction;
    expect(counts.DescribePredictiveDialingSessions?.total).toBe(4);
    expect(counts.DescribeTelCdr?.total).toBe(28);
  });

  it("masks callee numbers and leaves out UUI and recordings for roles without callee:read", async () => {
    const { rows } = await exportCsv(false);
    expect(rows).toHaveLength(1320);
    // The leading ' keeps a spreadsheet from reading "+86*…" as a formula.
    expect(rows.every((r) => /^'\+86\*{7}\d{4}$/.test(r[1] ?? ""))).toBe(true);
    expect(rows.every((r) => r[12] === "" && r[13] === "")).toBe(true);
  });

  it("exports a cruise campaign's calls: its agent's outbound CDRs in its window, not predictive ones", async () => {
    const state = await emulator().admin.state();
    const cruise = state.apps[0]?.cruiseCampaigns.find((c) => c.State === 2 && c.CalledCalleeCount > 0);
    if (!cruise) throw new Error("the demo seed has no cruise campaign with calls");
    const { rows } = await exportCsv(true, "cruise", cruise.CampaignId);
    const summary = await emulator().admin.campaignCalls(APP, "cruise", cruise.CampaignId);
    expect(rows).toHaveLength(summary.total);
    expect(countsOf(rows.map((r) => r[4] ?? ""))).toEqual(summary.outcomes);
    expect(new Set(rows.map((r) => r[9]))).toEqual(new Set([cruise.Agent]));
  });
});

describe("results chunks", () => {
  it("answers 1,000 calls a chunk, in session order, with the chunk count", async () => {
    const ref = { sdkAppId: APP, kind: "predictive" as const, campaignId: FINISHED };
    const options = { showNumbers: false, now: now() };
    const [first, second] = await Promise.all([
      loadResultsChunk(client(), ref, 0, options),
      loadResultsChunk(client(), ref, 1, options),
    ]);
    expect(first).toMatchObject({ chunk: 0, chunks: 2, total: 1320, truncated: false });
    expect(first.calls).toHaveLength(1000);
    expect(second.calls).toHaveLength(320);
    const summary = await emulator().admin.campaignCalls(APP, "predictive", FINISHED);
    expect(countsOf([...first.calls, ...second.calls].map((c) => c.outcome))).toEqual(summary.outcomes);
    expect(first.calls[0]).toMatchObject({ time: summary.first?.Time, duration: summary.first?.Duration });
    expect(first.calls[0]?.callee).toMatch(/\*{7}/);
  });
});
