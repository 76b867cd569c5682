/**
 * `npm run bench:results` — exporting 100,000 calls of one predictive campaign as CSV from the emulator, which
 * enforces CCC's 20 requests/second per action, through the console's real client, limiter (20/s, default guard)
 * and read cache, in this process, the stream read to the end as a browser would.
 *
 * What CCC allows: DescribeTelCdr answers at most 100 CDRs a request at 20 requests/second, so 2,000 calls/s (the
 * 1,000-id sessions pages are another action with their own budget). Baseline in the same run: 200 bare
 * DescribeTelCdr requests through the same limiter, the fastest the console may ask. Goals: the export reaches
 * ≥ 90 % of 2,000 calls/s, and this process grows by < 100 MB (peak RSS over the RSS before, after a full GC).
 */
import { performance } from "node:perf_hooks";
import { createEmulatorAdmin } from "../emulator/admin-client";
import { createCccClient } from "../lib/ccc/client";
import { withReadCache } from "../lib/ccc/read-cache";
import { DEMO_CREDENTIALS, readCccConfig } from "../lib/config/ccc-env";
import { createLogger } from "../lib/log";
import { csvExportStream } from "../lib/results/export-csv";
import { planCalls } from "../lib/results/fetch-calls";
import { startEmulatorProcess } from "./support/emulator-process";
import { round, writeBenchResult } from "./support/measure";
import { fullGc, MB, memoryNow } from "./support/memory";

const CALLS = Number(process.env.BENCH_RESULTS_CALLS ?? 100_000);
const APP = DEMO_CREDENTIALS.sdkAppIds[0];
const CCC_RATE = 20;
const CDRS_PER_REQUEST = 100;
const THEORETICAL_CALLS_PER_SECOND = CCC_RATE * CDRS_PER_REQUEST;
const BASELINE_REQUESTS = 200;
const DAY = 86_400;

async function seedCampaign(url: string, client: ReturnType<typeof createCccClient>): Promise<number> {
  const admin = createEmulatorAdmin(url);
  const state = await admin.state();
  const app = state.apps.find((a) => a.SdkAppId === APP);
  const group = app?.skillGroups.find((g) => g.SkillGroupType === 0)?.SkillGroupId ?? 0;
  const caller = app?.numbers.find((n) => n.State === 1 && n.CallOutSkillGroupIds?.includes(group))?.Number ?? "";
  const now = Math.floor(Date.now() / 1000);
  const { CampaignId } = await client.createPredictiveDialingCampaign({
    SdkAppId: APP,
    Name: "bench:results 100k",
    Callees: Array.from({ length: CALLS }, (_, k) => `+86${13_900_000_000 + k}`),
    Callers: [caller],
    CallOrder: 0,
    SkillGroupId: group,
    Priority: 3,
    ExpectedAbandonRate: 5,
    RetryInterval: 600,
    StartTime: now + 3600,
    EndTime: now + 7200,
  });
  // As if it had run for five days and dialled everyone (3 callees per 10 s take ~3.9 days).
  await admin.setPredictiveCampaign(APP, CampaignId, {
    StartTime: now - 5 * DAY,
    EndTime: now - 3600,
    Status: 4,
    FinishedCalleeCount: CALLS,
  });
  return CampaignId;
}

function watchMemory() {
  let peakRss = 0;
  let peakHeap = 0;
  const timer = setInterval(() => {
    const m = memoryNow();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 25);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRss, peakHeap };
    },
  };
}

async function baseline(client: ReturnType<typeof createCccClient>): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  const request = { SdkAppId: APP, StartTimeStamp: now - DAY, EndTimeStamp: now, PageSize: 1, PageNumber: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: BASELINE_REQUESTS }, () => client.describeTelCdr(request, { uncached: true })),
  );
  return BASELINE_REQUESTS / ((performance.now() - started) / 1000);
}

async function main() {
  const emulator = await startEmulatorProcess(["--rate-limit", String(CCC_RATE)]);
  try {
    const config = readCccConfig({ CCC_ENDPOINT: emulator.url }, true);
    const logger = createLogger(undefined, { level: "silent" });
    const client = withReadCache(createCccClient(config, { logger }), { freshMs: config.readFreshMs });
    const campaignId = await seedCampaign(emulator.url, client);
    const admin = createEmulatorAdmin(emulator.url);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const baselineRequestsPerSecond = await baseline(client);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await admin.resetCounts();
    await admin.resetArrivals();

    fullGc();
    const before = memoryNow();
    const watch = watchMemory();
    const started = performance.now();
    const plan = await planCalls(
      client,
      { sdkAppId: APP, kind: "predictive", campaignId },
      Math.floor(Date.now() / 1000),
    );
    const reader = csvExportStream(client, plan, { showNumbers: true }).getReader();
    const decoder = new TextDecoder();
    let lines = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      lines += (decoder.decode(value).match(/\r\n/g) ?? []).length;
    }
    const seconds = (performance.now() - started) / 1000;
    const { peakRss, peakHeap } = watch.stop();
    const counts = await admin.requestCounts();
    const arrivals = await admin.arrivals();

    const rows = lines - 1;
    const callsPerSecond = rows / seconds;
    const ratio = callsPerSecond / THEORETICAL_CALLS_PER_SECOND;
    const baselineCallsPerSecond = baselineRequestsPerSecond * CDRS_PER_REQUEST;
    const rssGrowthMb = (peakRss - before.rss) / MB;
    const heapGrowthMb = (peakHeap - before.heapUsed) / MB;
    const refused = counts.failed;
    const met = rows === CALLS && ratio >= 0.9 && rssGrowthMb < 100 && refused === 0;
    const figures = {
      calls: rows,
      seconds: round(seconds),
      callsPerSecond: round(callsPerSecond),
      theoreticalCallsPerSecond: THEORETICAL_CALLS_PER_SECOND,
      ratioToTheoretical: round(ratio, 3),
      baselineCallsPerSecond: round(baselineCallsPerSecond),
      ratioToBaseline: round(callsPerSecond / baselineCallsPerSecond, 3),
      csvMegabytes: round(bytes / MB),
      rssGrowthMb: round(rssGrowthMb),
      heapGrowthMb: round(heapGrowthMb),
      cccRequests: counts.byAction,
      refusedByCcc: refused,
      busiestSecondPerAction: Object.fromEntries(
        Object.entries(arrivals.byAction).map(([action, a]) => [action, a.peakPerSecond]),
      ),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(26)} ${JSON.stringify(value)}`);
    const summary =
      `${rows} calls exported in ${round(seconds, 1)} s: ${round(callsPerSecond, 0)} calls/s = ` +
      `${round(ratio * 100, 1)} % of CCC's ${THEORETICAL_CALLS_PER_SECOND}/s (limiter baseline ` +
      `${round(baselineCallsPerSecond, 0)}/s), RSS +${round(rssGrowthMb, 1)} MB, ${refused} refused — goal ≥ 90 % and ` +
      `< 100 MB: ${met ? "met" : "NOT met"}`;
    console.log(`\n${summary}`);
    writeBenchResult("results", { figures, met, summary });
    if (!met) process.exitCode = 1;
  } finally {
    emulator.child.kill("SIGTERM");
  }
}

void main();
