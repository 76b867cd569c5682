/**
 * `npm run bench:read-cache` — the predictive list page's CCC reads with and without the read cache
 * (lib/ccc/read-cache.ts), on the bundled emulator with CCC's real limit (20 requests/second per action) and the
 * client's own 20/s limiter, as in production. A page view is what the list page asks CCC: one
 * DescribePredictiveDialingCampaigns page (fetchCampaignPage) and the app's skill groups, in parallel.
 *
 * - burst: N viewers open the page at the same moment, cold: how many CCC requests that costs.
 * - load: N viewers reload the page back to back for DURATION_MS: pages/s, page latency p50/p99, CCC requests/s.
 * Baseline: the same client without the cache, in the same run. Goal at 20 viewers: CCC requests per page ≤ 1/10
 * of the baseline's, and p50 page latency ≤ 1/5 of it. Latency here is the page's CCC reads only (no rendering, no
 * HTTP), so the cached pages/s figure says how little the reads cost, not how fast the console serves pages.
 */
import { performance } from "node:perf_hooks";
import { setImmediate as yieldToIo } from "node:timers/promises";
import { type RunningEmulator, startEmulator } from "../emulator/server";
import { fetchCampaignPage } from "../lib/campaigns/predictive/fetch-campaign-page";
import type { CccClient } from "../lib/ccc/client";
import { createCccClient } from "../lib/ccc/client";
import { withReadCache } from "../lib/ccc/read-cache";
import { DEMO_CREDENTIALS, readCccConfig } from "../lib/config/ccc-env";
import { createLogger } from "../lib/log";
import { printTable, quantile, round, writeBenchResult } from "./support/measure";

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4_000);
const VIEWERS = [1, 20, 50];
const APP = DEMO_CREDENTIALS.sdkAppIds[0];
const PARAMS = { sdkAppId: APP, page: 1 } as const;

type Variant = "uncached" | "cached";

function client(emulator: RunningEmulator, variant: Variant): CccClient {
  const config = readCccConfig({ CCC_ENDPOINT: emulator.url }, true);
  const plain = createCccClient(config, { logger: createLogger(undefined, { level: "silent" }) });
  return variant === "cached" ? withReadCache(plain, { freshMs: config.readFreshMs }) : plain;
}

/** One list page view's CCC reads. */
function pageView(ccc: CccClient): Promise<unknown> {
  return Promise.all([
    fetchCampaignPage(ccc, PARAMS),
    ccc.describeSkillGroupInfoList({ SdkAppId: APP, PageSize: 100, PageNumber: 0 }),
  ]);
}

async function cccRequests(emulator: RunningEmulator): Promise<number> {
  return (await emulator.admin.requestCounts()).total;
}

async function burst(emulator: RunningEmulator, variant: Variant, viewers: number) {
  await emulator.admin.resetCounts();
  const ccc = client(emulator, variant);
  await Promise.all(Array.from({ length: viewers }, () => pageView(ccc)));
  return cccRequests(emulator);
}

async function load(emulator: RunningEmulator, variant: Variant, viewers: number) {
  await emulator.admin.resetCounts();
  // Past the emulator's one-second window, so one run's requests never throttle the next.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const ccc = client(emulator, variant);
  const latencies: number[] = [];
  const end = performance.now() + DURATION_MS;
  const viewer = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      await pageView(ccc);
      latencies.push(performance.now() - started);
      // A request boundary, as between two HTTP requests: answers from memory must not starve the emulator.
      await yieldToIo();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: viewers }, viewer));
  const seconds = (performance.now() - started) / 1000;
  const requests = await cccRequests(emulator);
  return {
    pages: latencies.length,
    pagesPerSecond: round(latencies.length / seconds, 0),
    p50Ms: round(quantile(latencies, 0.5), 3),
    p99Ms: round(quantile(latencies, 0.99), 3),
    cccRequestsPerSecond: round(requests / seconds, 1),
    cccRequestsPerPage: round(requests / latencies.length, 6),
  };
}

async function main() {
  const emulator = await startEmulator({ rateLimitPerSecond: 20 });
  try {
    const bursts = { uncached: await burst(emulator, "uncached", 20), cached: await burst(emulator, "cached", 20) };
    console.log(`20 viewers at once, cold: ${bursts.uncached} CCC requests uncached, ${bursts.cached} cached\n`);
    const rows: Record<string, string | number>[] = [];
    const figures: Record<string, Record<Variant, Awaited<ReturnType<typeof load>>>> = {};
    for (const viewers of VIEWERS) {
      const uncached = await load(emulator, "uncached", viewers);
      const cached = await load(emulator, "cached", viewers);
      figures[`viewers${viewers}`] = { uncached, cached };
      for (const [variant, r] of [
        ["uncached", uncached],
        ["cached", cached],
      ] as const) {
        rows.push({ viewers, variant, ...r });
      }
    }
    printTable(rows);
    const at20 = figures.viewers20;
    if (!at20) throw new Error("no 20-viewer run");
    const requestRatio = at20.cached.cccRequestsPerPage / at20.uncached.cccRequestsPerPage;
    const latencyRatio = at20.cached.p50Ms / at20.uncached.p50Ms;
    const met = requestRatio <= 0.1 && latencyRatio <= 0.2;
    const summary =
      `20 viewers: p50 ${at20.cached.p50Ms} ms vs ${at20.uncached.p50Ms} ms uncached (${round(latencyRatio, 3)}×), ` +
      `${at20.cached.pagesPerSecond} vs ${at20.uncached.pagesPerSecond} pages/s, CCC requests per page ` +
      `${at20.cached.cccRequestsPerPage} vs ${at20.uncached.cccRequestsPerPage}; cold burst of 20: ` +
      `${bursts.cached} vs ${bursts.uncached} requests — goal ≤1/10 requests and ≤1/5 p50: ${met ? "met" : "NOT met"}`;
    console.log(`\n${summary}`);
    const file = writeBenchResult("read-cache", {
      figures: { durationMs: DURATION_MS, burstOf20: bursts, ...figures },
      met,
      summary,
    });
    console.log(`written to ${file}`);
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
