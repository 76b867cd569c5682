/**
 * `npm run bench:rate` — does the CCC limiter use CCC's budget (20 requests/second per action, for the account)
 * without going over it? Measured where CCC counts: the emulator (its own process, limit 20 in a sliding second)
 * records when each request arrived (GET /__admin/arrivals). Every console instance is a process of its
 * own (bench/rate-worker.ts) with its own signed client and limiter, sending without retries so every refusal shows.
 * The emulator, the instances and the throw-away PostgreSQL run at nice −10 when allowed (BENCH_RATE_NICE; see
 * bench/support/rate-workers.ts): they use little CPU, but a shared machine's load would otherwise add delays CCC
 * would not see. The load average is recorded with the results, and the limiter's grants per sliding second as the
 * instances saw them are reported next to the arrivals.
 *
 * Goals: 1,000 queued calls of one action from one instance leave at ≥ 95 % of 20/s with no RequestLimitExceeded;
 * two instances sharing the PostgreSQL limiter stay ≤ 20 in every sliding second and use ≥ 90 % of it.
 * Baselines in the same run: no limiter (refusals), the limiter before this change (rate), and two instances with
 * in-process limiters (refusals). Also reported: how long an interactive call in one instance waits while another
 * instance has a backlog of background calls of the same action, with and without the interactive head start.
 */
import { loadavg } from "node:os";
import { createEmulatorAdmin, type EmulatorAdmin } from "../emulator/admin-client";
import { laneTiming, SHARED_HEAD_START_MS } from "../lib/ccc/rate-limit";
import type { WorkerPlan } from "./rate-worker";
import { startEmulatorProcess } from "./support/emulator-process";
import { median, peakInWindow, printTable, quantile, round, writeBenchResult } from "./support/measure";
import { BENCH_NICE, benchDatabase, prioritize, runWorkers } from "./support/rate-workers";

const CALLS = Number(process.env.BENCH_RATE_CALLS ?? 1000);
const LIMIT = 20;
const ACTION = "DescribePredictiveDialingCampaign";

interface PhaseFigures {
  instances: number;
  calls: number;
  /** Arrivals per second at the emulator, first to last arrival. */
  ratePerSecond: number;
  percentOfLimit: number;
  /** Most arrivals in any sliding second. */
  peakPerSecond: number;
  /** Most departures (limiter grants, all instances together) in any sliding second: the client-side view. */
  peakDeparturesPerSecond: number;
  requestLimitExceeded: number;
  otherErrors: number;
  seconds: number;
}

async function phase(admin: EmulatorAdmin, plans: WorkerPlan[]): Promise<PhaseFigures & { ready: unknown[] }> {
  await admin.reset();
  const { ready, results } = await runWorkers(plans);
  const arrivals = (await admin.arrivals()).byAction[ACTION];
  if (!arrivals) throw new Error(`the emulator saw no ${ACTION}`);
  const spanMs = arrivals.lastAtMs - arrivals.firstAtMs;
  const ratePerSecond = spanMs > 0 ? ((arrivals.total - 1) * 1000) / spanMs : 0;
  const errors = results.flatMap((r) => Object.entries(r.errors));
  const refused = errors.filter(([code]) => code === "RequestLimitExceeded").reduce((sum, [, n]) => sum + n, 0);
  return {
    instances: plans.length,
    calls: arrivals.total,
    ratePerSecond: round(ratePerSecond, 2),
    percentOfLimit: round((100 * ratePerSecond) / LIMIT, 1),
    peakPerSecond: arrivals.peakPerSecond,
    peakDeparturesPerSecond: peakInWindow(results.flatMap((r) => r.departuresMs)),
    requestLimitExceeded: refused,
    otherErrors: errors.reduce((sum, [, n]) => sum + n, 0) - refused,
    seconds: round(spanMs / 1000, 2),
    ready,
  };
}

/** Instance A asks for one interactive call at a time while instance B has a backlog of background calls. */
async function interactiveWait(admin: EmulatorAdmin, emulatorUrl: string, databaseUrl: string, headStartMs: number) {
  await admin.reset();
  const shared = { emulatorUrl, limiter: "postgres" as const, databaseUrl, headStartMs };
  // 12 calls 450 ms apart from 0.8 s on (not a multiple of the 52 ms spacing, so they land all over a slot), while
  // the other instance's 170 background calls keep the action busy for ~9 s.
  const { results } = await runWorkers([
    { ...shared, backgroundCalls: 0, interactiveCalls: 12, interactiveDelayMs: 800, interactiveEveryMs: 450 },
    { ...shared, backgroundCalls: 170 },
  ]);
  const waits = results[0]?.interactiveMs ?? [];
  return {
    headStartMs,
    samples: waits.length,
    medianMs: round(median(waits), 1),
    p90Ms: round(quantile(waits, 0.9), 1),
    maxMs: round(Math.max(...waits), 1),
  };
}

async function main(): Promise<void> {
  const emulator = await startEmulatorProcess(["--rate-limit", String(LIMIT)]);
  const nice = prioritize(emulator.child.pid) ? BENCH_NICE : 0;
  const loadBefore = loadavg()[0] ?? 0;
  const admin = createEmulatorAdmin(emulator.url);
  const database = await benchDatabase();
  try {
    const one = (limiter: WorkerPlan["limiter"]): WorkerPlan[] => [
      { emulatorUrl: emulator.url, limiter, databaseUrl: database.url, backgroundCalls: CALLS },
    ];
    const two = (limiter: WorkerPlan["limiter"]): WorkerPlan[] => [
      { emulatorUrl: emulator.url, limiter, databaseUrl: database.url, backgroundCalls: Math.ceil(CALLS / 2) },
      { emulatorUrl: emulator.url, limiter, databaseUrl: database.url, backgroundCalls: Math.floor(CALLS / 2) },
    ];
    const phases = {
      noLimiter: await phase(admin, one("none")),
      before: await phase(admin, one("before")),
      after: await phase(admin, one("memory")),
      twoInProcess: await phase(admin, two("memory")),
      twoShared: await phase(admin, two("postgres")),
    };
    const lanes = {
      withHeadStart: await interactiveWait(admin, emulator.url, database.url, SHARED_HEAD_START_MS),
      withoutHeadStart: await interactiveWait(admin, emulator.url, database.url, 0),
    };
    const machine = { nice, loadAverage1mBefore: round(loadBefore), loadAverage1mAfter: round(loadavg()[0] ?? 0) };
    report(phases, lanes, { databaseSource: database.source, ...machine });
  } finally {
    emulator.child.kill("SIGTERM");
    await database.close();
  }
}

type Phases = Record<"noLimiter" | "before" | "after" | "twoInProcess" | "twoShared", PhaseFigures>;
type Lanes = Record<"withHeadStart" | "withoutHeadStart", Awaited<ReturnType<typeof interactiveWait>>>;

function report(phases: Phases, lanes: Lanes, setting: Record<string, string | number>): void {
  const labels: Record<keyof Phases, string> = {
    noLimiter: "1 instance, no limiter (baseline)",
    before: "1 instance, limiter before (baseline)",
    after: "1 instance, lane limiter",
    twoInProcess: "2 instances, in-process limiters (baseline)",
    twoShared: "2 instances, shared PostgreSQL limiter",
  };
  printTable(
    (Object.keys(labels) as (keyof Phases)[]).map((key) => ({
      run: labels[key],
      calls: phases[key].calls,
      "req/s": phases[key].ratePerSecond,
      "% of 20/s": phases[key].percentOfLimit,
      "peak/1s": phases[key].peakPerSecond,
      "sent peak/1s": phases[key].peakDeparturesPerSecond,
      RLE: phases[key].requestLimitExceeded,
      other: phases[key].otherErrors,
    })),
  );
  console.log();
  printTable(
    Object.values(lanes).map((l) => ({
      "interactive head start": `${l.headStartMs} ms`,
      samples: l.samples,
      "median wait ms": l.medianMs,
      "p90 ms": l.p90Ms,
      "max ms": l.maxMs,
    })),
  );
  const { after, twoShared, before } = phases;
  const oneMet = after.percentOfLimit >= 95 && after.requestLimitExceeded === 0 && after.peakPerSecond <= LIMIT;
  const twoMet =
    twoShared.percentOfLimit >= 90 && twoShared.requestLimitExceeded === 0 && twoShared.peakPerSecond <= LIMIT;
  const met = oneMet && twoMet && after.otherErrors === 0 && twoShared.otherErrors === 0;
  const summary =
    `1 instance: ${after.ratePerSecond}/s (${after.percentOfLimit} % of 20/s, ${round(after.ratePerSecond / before.ratePerSecond)}× ` +
    `the previous limiter's ${before.ratePerSecond}/s), peak ${after.peakPerSecond}/s, ${after.requestLimitExceeded} RLE ` +
    `(no limiter: ${phases.noLimiter.requestLimitExceeded} RLE of ${phases.noLimiter.calls}); 2 instances shared: ` +
    `${twoShared.ratePerSecond}/s (${twoShared.percentOfLimit} %), peak ${twoShared.peakPerSecond}/s, ` +
    `${twoShared.requestLimitExceeded} RLE (in-process limiters: ${phases.twoInProcess.requestLimitExceeded} RLE, ` +
    `peak ${phases.twoInProcess.peakPerSecond}/s); interactive wait behind another instance's backlog median ` +
    `${lanes.withHeadStart.medianMs} ms (no head start ${lanes.withoutHeadStart.medianMs} ms) — ${met ? "met" : "NOT met"}`;
  console.log(`\n${summary}\n${JSON.stringify(setting)}`);
  const file = writeBenchResult("rate", {
    figures: {
      calls: CALLS,
      action: ACTION,
      limitPerSecond: LIMIT,
      timing: laneTiming(),
      ...setting,
      phases,
      lanes,
    },
    met,
    summary,
  });
  console.log(`written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
