/**
 * When each CCC request reached the emulator's rate-limit check — the point where CCC would count it — per action,
 * on the same monotonic clock as the limiter (performance.now(), ms since the emulator process started). Benchmarks
 * read it through the admin API (GET /__admin/arrivals) to measure what a client really sent: the busiest sliding
 * second, the sustained rate, how many were refused. Only requests with a known action that passed the signature and
 * version checks get here; refused ones ("limited") are recorded too, since they were sent.
 */
import { performance } from "node:perf_hooks";

/** The window CCC's limit is stated in, and the one the peak is measured over. */
export const ARRIVAL_WINDOW_MS = 1000;
/** Times kept per action; beyond it the oldest tenth is dropped (counts stay exact). */
export const MAX_ARRIVAL_TIMES = 100_000;

export interface ActionArrivals {
  /** Requests that arrived (limited ones included). */
  count: number;
  /** Of those, refused with RequestLimitExceeded. */
  limited: number;
  /** First and last arrival, ms on the emulator's monotonic clock; null when none arrived. */
  firstMs: number | null;
  lastMs: number | null;
  /** Most arrivals within any half-open window [t, t + 1000 ms), over the times kept. */
  peakPerSecond: number;
  /** Where that busiest window starts (its first arrival). */
  peakWindowStartMs: number | null;
}

export interface ArrivalsSummary {
  windowMs: number;
  byAction: Record<string, ActionArrivals>;
}

export interface ActionArrivalTimes extends ActionArrivals {
  action: string;
  /** Arrival times in order, rounded to 0.001 ms (at most MAX_ARRIVAL_TIMES, the latest). */
  timesMs: number[];
}

/** The most entries of `sortedTimes` within any window [t, t + windowMs), and the first entry of that window. */
export function peakInWindow(
  sortedTimes: readonly number[],
  windowMs = ARRIVAL_WINDOW_MS,
): { peak: number; startMs: number | null } {
  let peak = 0;
  let startMs: number | null = null;
  for (let first = 0, last = 0; last < sortedTimes.length; last++) {
    while ((sortedTimes[last] as number) - (sortedTimes[first] as number) >= windowMs) first++;
    if (last - first + 1 > peak) {
      peak = last - first + 1;
      startMs = sortedTimes[first] as number;
    }
  }
  return { peak, startMs };
}

interface ActionLog {
  times: number[];
  count: number;
  limited: number;
}

export class ArrivalLog {
  private logs = new Map<string, ActionLog>();

  constructor(private readonly nowMs: () => number = () => performance.now()) {}

  /** One request of `action` reached the rate-limit check now; `limited` if it was refused there. */
  record(action: string, limited: boolean): void {
    let log = this.logs.get(action);
    if (!log) {
      log = { times: [], count: 0, limited: 0 };
      this.logs.set(action, log);
    }
    if (log.times.length >= MAX_ARRIVAL_TIMES) log.times.splice(0, MAX_ARRIVAL_TIMES / 10);
    log.times.push(this.nowMs());
    log.count += 1;
    if (limited) log.limited += 1;
  }

  summary(): ArrivalsSummary {
    const byAction: Record<string, ActionArrivals> = {};
    for (const [action, log] of this.logs) byAction[action] = summarize(log);
    return { windowMs: ARRIVAL_WINDOW_MS, byAction };
  }

  /** One action's summary with every kept arrival time; an action never seen has count 0 and no times. */
  times(action: string): ActionArrivalTimes {
    const log = this.logs.get(action) ?? { times: [], count: 0, limited: 0 };
    return { action, ...summarize(log), timesMs: log.times.map(toMicros) };
  }

  reset(): void {
    this.logs.clear();
  }
}

/** Rounded to 0.001 ms: finer digits of performance.now() are noise, and JSON stays short. */
const toMicros = (ms: number) => Math.round(ms * 1000) / 1000;
const orNull = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : toMicros(ms));

function summarize(log: ActionLog): ActionArrivals {
  // Arrivals are recorded in order of a monotonic clock, so the list is already sorted.
  const { peak, startMs } = peakInWindow(log.times);
  return {
    count: log.count,
    limited: log.limited,
    firstMs: orNull(log.times[0]),
    lastMs: orNull(log.times.at(-1)),
    peakPerSecond: peak,
    peakWindowStartMs: orNull(startMs),
  };
}
