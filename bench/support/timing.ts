/**
 * Rounds with CPU time for benchmarks (medians and table/result writing are in ./measure). CPU time is reported
 * next to wall time because the machine is shared: other jobs inflate wall time, not CPU time.
 */
import { median, quantile } from "./measure";

export interface Timing {
  /** Wall-clock milliseconds per round. */
  samples: number[];
  /** Process CPU milliseconds (user + system) per round. */
  cpuSamples: number[];
  median: number;
  p90: number;
  cpuMedian: number;
}

/** Runs `fn` once and returns its result with the wall and CPU milliseconds it took. */
export function timeOnce<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

export function summarize(samples: number[], cpuSamples: number[]): Timing {
  return { samples, cpuSamples, median: median(samples), p90: quantile(samples, 0.9), cpuMedian: median(cpuSamples) };
}

/** `warmup` untimed runs, then `rounds` timed ones. */
export function measureRounds(fn: () => unknown, options: { warmup?: number; rounds?: number } = {}): Timing {
  for (let i = 0; i < (options.warmup ?? 2); i++) fn();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < (options.rounds ?? 7); i++) {
    const { ms, cpuMs } = timeOnce(fn);
    samples.push(ms);
    cpuSamples.push(cpuMs);
  }
  return summarize(samples, cpuSamples);
}
