/**
 * Benchmark: the callee pipeline (lib/callees) against the naive per-line libphonenumber loop, on generated lists
 * of 100,000 and 1,000,000 lines (seeded: the same data every run). Goals: ≥ 10× faster and ≤ 300 ms for 100k,
 * the same numbers in the same order as the naive loop, and server re-normalization of 100k in ≤ 150 ms.
 * Writes bench/results/callees.json. Run: npm run bench:callees
 */

import os from "node:os";
import { naiveNormalize } from "../lib/callees/baseline";
import { normalizeCallees } from "../lib/callees/pipeline";
import { normalizeCalleesOnServer } from "../lib/callees/server";
import type { CalleeListResult } from "../lib/callees/types";
import { estimateWireBytes, toWire } from "../lib/callees/wire";
import { generateCalleeText } from "./support/callee-fixtures";
import { printTable, round, writeBenchResult } from "./support/measure";
import { fullGc, MB, maxRss, memoryNow } from "./support/memory";
import { measureRounds, summarize, timeOnce } from "./support/timing";

const GOAL_RATIO = 10;
const GOAL_100K_MS = 300;
const GOAL_SERVER_MS = 150;
/** Above this projected time the 1M naive loop runs on a sample and is extrapolated. */
const NAIVE_FULL_RUN_LIMIT_MS = 60_000;

function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  const i = a.findIndex((n, k) => n !== b[k]);
  return `ours ${a.length} numbers, naive ${b.length}; first difference at #${i}: ${a[i]} vs ${b[i]}`;
}

/** Ours and naive alternate round by round, so both see the same machine load. */
function race100k(text: string) {
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const naive: number[] = [];
  const naiveCpu: number[] = [];
  for (let i = 0; i < 3; i++) normalizeCallees(text);
  naiveNormalize(text.slice(0, 200_000));
  let last: { result: CalleeListResult; naiveNumbers: string[] } | undefined;
  for (let round = 0; round < 5; round++) {
    const o = timeOnce(() => normalizeCallees(text));
    ours.push(o.ms);
    oursCpu.push(o.cpuMs);
    const o2 = timeOnce(() => normalizeCallees(text));
    ours.push(o2.ms);
    oursCpu.push(o2.cpuMs);
    if (round < 3) {
      const n = timeOnce(() => naiveNormalize(text));
      naive.push(n.ms);
      naiveCpu.push(n.cpuMs);
      last = { result: o.value, naiveNumbers: n.value };
    }
  }
  if (!last) throw new Error("no rounds ran");
  return { ours: summarize(ours, oursCpu), naive: summarize(naive, naiveCpu), ...last };
}

function memory1M(text: string) {
  fullGc();
  const before = memoryNow();
  let peakHeap = before.heapUsed;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const result = normalizeCallees(text, { onProgress: sample });
  sample();
  const afterRun = memoryNow();
  fullGc();
  const retained = memoryNow();
  return {
    result,
    heapPeakDeltaMB: round((peakHeap - before.heapUsed) / MB),
    heapRetainedDeltaMB: round((retained.heapUsed - before.heapUsed) / MB),
    rssDeltaMB: round((afterRun.rss - before.rss) / MB),
  };
}

function naive1M(text: string, projectedMs: number) {
  if (projectedMs <= NAIVE_FULL_RUN_LIMIT_MS) {
    const run = timeOnce(() => naiveNormalize(text));
    return { ms: run.ms, cpuMs: run.cpuMs, extrapolated: false, numbers: run.value };
  }
  const cut = text.indexOf("\n", Math.floor(text.length / 10));
  const run = timeOnce(() => naiveNormalize(text.slice(0, cut)));
  return { ms: run.ms * 10, cpuMs: run.cpuMs * 10, extrapolated: true, numbers: undefined };
}

function main(): void {
  const text100k = generateCalleeText(100_000);
  const text1M = generateCalleeText(1_000_000, 7);
  console.log(`generated: 100k lines (${round(text100k.length / MB)} MB), 1M lines (${round(text1M.length / MB)} MB)`);

  const mem = memory1M(text1M);
  const race = race100k(text100k);
  const same100k = sameNumbers(race.result.numbers, race.naiveNumbers);
  const ratio100k = race.naive.median / race.ours.median;

  const ours1M = measureRounds(() => normalizeCallees(text1M), { warmup: 1, rounds: 3 });
  const naiveLarge = naive1M(text1M, race.naive.median * 10);
  const same1M = naiveLarge.numbers ? sameNumbers(mem.result.numbers, naiveLarge.numbers) : null;

  const wireNumbers = mem.result.numbers.slice(0, 100_000);
  const wire = toWire(wireNumbers);
  const server = measureRounds(() => normalizeCalleesOnServer(wire, { max: 100_000 }), { warmup: 2, rounds: 9 });
  const serverCheck = normalizeCalleesOnServer(wire, { max: 100_000 });
  const serverOk = serverCheck.ok && sameNumbers(serverCheck.numbers, wireNumbers);

  const figures = {
    lines100k: 100_000,
    ours100kMs: round(race.ours.median),
    ours100kCpuMs: round(race.ours.cpuMedian),
    ours100kP90Ms: round(race.ours.p90),
    naive100kMs: round(race.naive.median),
    naive100kCpuMs: round(race.naive.cpuMedian),
    ratio100k: round(ratio100k),
    ratio100kCpu: round(race.naive.cpuMedian / race.ours.cpuMedian),
    sameNumbers100k: same100k,
    counts100k: {
      valid: race.result.valid,
      duplicates: race.result.duplicates,
      rejected: race.result.rejectedTotal,
      totalLines: race.result.totalLines,
    },
    ours1MMs: round(ours1M.median),
    ours1MCpuMs: round(ours1M.cpuMedian),
    naive1MMs: round(naiveLarge.ms),
    naive1MExtrapolated: naiveLarge.extrapolated,
    ratio1M: round(naiveLarge.ms / ours1M.median),
    sameNumbers1M: same1M,
    counts1M: { valid: mem.result.valid, duplicates: mem.result.duplicates, rejected: mem.result.rejectedTotal },
    heapPeakDelta1MMB: mem.heapPeakDeltaMB,
    heapRetainedDelta1MMB: mem.heapRetainedDeltaMB,
    rssDelta1MMB: mem.rssDeltaMB,
    maxRssMB: round(maxRss() / MB),
    server100kMs: round(server.median),
    server100kCpuMs: round(server.cpuMedian),
    serverNumbers: wireNumbers.length,
    serverOk,
    wireBytes100k: estimateWireBytes(wire),
    roundsMs: {
      ours100k: race.ours.samples.map((n) => round(n, 1)),
      naive100k: race.naive.samples.map((n) => round(n, 1)),
    },
    // The machine is shared; a high load average explains wall times well above CPU times.
    loadAverage: os.loadavg().map((n) => round(n)),
    cpus: os.cpus().length,
  };
  const met =
    same100k &&
    same1M !== false &&
    serverOk &&
    ratio100k >= GOAL_RATIO &&
    race.ours.median <= GOAL_100K_MS &&
    server.median <= GOAL_SERVER_MS;
  const summary =
    `100k lines: ${figures.ours100kMs} ms vs naive ${figures.naive100kMs} ms (${figures.ratio100k}×, CPU ` +
    `${figures.ours100kCpuMs} vs ${figures.naive100kCpuMs} ms); 1M: ${figures.ours1MMs} ms vs ` +
    `${figures.naive1MExtrapolated ? "~" : ""}${figures.naive1MMs} ms; server 100k: ${figures.server100kMs} ms; ` +
    `same numbers: ${same100k && same1M !== false ? "yes" : "NO"}; goals ${met ? "met" : "NOT met"}`;

  printTable([
    {
      case: "100k lines",
      "ours ms": figures.ours100kMs,
      "ours CPU ms": figures.ours100kCpuMs,
      "naive ms": figures.naive100kMs,
      ratio: `${figures.ratio100k}×`,
      goal: "≤300 ms, ≥10×",
    },
    {
      case: "1M lines",
      "ours ms": figures.ours1MMs,
      "ours CPU ms": figures.ours1MCpuMs,
      "naive ms": `${figures.naive1MExtrapolated ? "~" : ""}${figures.naive1MMs}`,
      ratio: `${figures.ratio1M}×`,
      goal: "—",
    },
    {
      case: "server re-normalize 100k",
      "ours ms": figures.server100kMs,
      "ours CPU ms": figures.server100kCpuMs,
      "naive ms": "—",
      ratio: "—",
      goal: "≤150 ms",
    },
  ]);
  console.log(
    `1M memory: heap peak +${mem.heapPeakDeltaMB} MB, retained +${mem.heapRetainedDeltaMB} MB, ` +
      `RSS +${mem.rssDeltaMB} MB (max RSS ${figures.maxRssMB} MB); wire for 100k: ${round(figures.wireBytes100k / MB)} MB`,
  );
  console.log(summary);
  const file = writeBenchResult("callees", { figures, met, summary });
  console.log(`wrote ${file}`);

  if (!same100k)
    throw new Error(
      `100k: pipeline and naive loop disagree: ${firstDifference(race.result.numbers, race.naiveNumbers)}`,
    );
  if (same1M === false && naiveLarge.numbers) {
    throw new Error(`1M: pipeline and naive loop disagree: ${firstDifference(mem.result.numbers, naiveLarge.numbers)}`);
  }
  if (!serverOk) throw new Error("server re-normalization did not return the wire's numbers");
  if (!met) process.exitCode = 1;
}

main();
