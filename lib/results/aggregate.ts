/** Outcome counts and the outcomes-over-time series of the calls loaded so far. Pure: the results tab runs it. */
import type { TCallRow } from "./call-row";
import { OUTCOMES, type Outcome } from "./end-status";

export type OutcomeCounts = Record<Outcome, number>;

export const emptyCounts = (): OutcomeCounts => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;

export function countOutcomes(calls: readonly TCallRow[]): OutcomeCounts {
  const counts = emptyCounts();
  for (const call of calls) counts[call.outcome] += 1;
  return counts;
}

export interface TimeBucket {
  /** Unix seconds the bucket starts. */
  start: number;
  counts: OutcomeCounts;
}

/** Bucket widths a chart may use: a minute up to a day, so axis labels stay round numbers. */
const STEPS = [60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400];

/** Calls per outcome in at most `maxBuckets` equal, round-width buckets from the first call to the last. */
export function bucketByTime(calls: readonly TCallRow[], maxBuckets = 36): { step: number; buckets: TimeBucket[] } {
  if (calls.length === 0) return { step: STEPS[0] ?? 60, buckets: [] };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const call of calls) {
    first = Math.min(first, call.time);
    last = Math.max(last, call.time);
  }
  const span = last - first + 1;
  const step = STEPS.find((s) => Math.ceil(span / s) <= maxBuckets) ?? Math.ceil(span / maxBuckets / 86_400) * 86_400;
  const origin = Math.floor(first / step) * step;
  const count = Math.floor((last - origin) / step) + 1;
  const buckets = Array.from({ length: count }, (_, i) => ({ start: origin + i * step, counts: emptyCounts() }));
  for (const call of calls) {
    const bucket = buckets[Math.floor((call.time - origin) / step)];
    if (bucket) bucket.counts[call.outcome] += 1;
  }
  return { step, buckets };
}
