/** What bench:load's clients saw: latencies per page or action, and how each answer ended. */
import { appendFileSync } from "node:fs";
import { quantile, round } from "../support/measure";

/** BENCH_TRACE=<file>: every request as "<start ms> <key> <ms>", to see when the slow ones happened. */
const TRACE_FILE = process.env.BENCH_TRACE;

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** How answers ended, e.g. { ok: 120, RequestLimitExceeded: 2, http502: 1 }. */
  outcomes: Record<string, number>;
}

export class Recorder {
  private readonly latencies = new Map<string, number[]>();
  private readonly outcomes = new Map<string, Record<string, number>>();

  record(key: string, ms: number, outcome: string): void {
    if (TRACE_FILE) appendFileSync(TRACE_FILE, `${Math.round(Date.now() - ms)} ${key} ${Math.round(ms)}\n`);
    const list = this.latencies.get(key) ?? [];
    list.push(ms);
    this.latencies.set(key, list);
    const counts = this.outcomes.get(key) ?? {};
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    this.outcomes.set(key, counts);
  }

  /** Times `run`, records its outcome (or "exception:<message>" when it throws), and returns what it returned. */
  async time<T>(key: string, run: () => Promise<T>, outcomeOf: (value: T) => string): Promise<T | undefined> {
    const started = performance.now();
    try {
      const value = await run();
      this.record(key, performance.now() - started, outcomeOf(value));
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 80) : String(error);
      this.record(key, performance.now() - started, `exception:${message}`);
      return undefined;
    }
  }

  count(key: string, outcome: string): number {
    return this.outcomes.get(key)?.[outcome] ?? 0;
  }

  /** Answers whose outcome starts with `prefix`, over every key. */
  countOutcomes(prefix: string): number {
    let total = 0;
    for (const counts of this.outcomes.values()) {
      for (const [outcome, n] of Object.entries(counts)) if (outcome.startsWith(prefix)) total += n;
    }
    return total;
  }

  summary(): Record<string, LatencySummary> {
    const result: Record<string, LatencySummary> = {};
    for (const [key, values] of this.latencies) {
      result[key] = {
        count: values.length,
        p50Ms: round(quantile(values, 0.5), 1),
        p95Ms: round(quantile(values, 0.95), 1),
        p99Ms: round(quantile(values, 0.99), 1),
        outcomes: this.outcomes.get(key) ?? {},
      };
    }
    return result;
  }
}
