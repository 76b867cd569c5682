/**
 * Arrival rate of CCC requests per action, for proving "never more than N requests per second of one action" when
 * several console instances share one CCC (the two-instance test, `npm run bench:load`). Counts every request to
 * "/" when it arrives, before any check, so requests the emulator refuses (RequestLimitExceeded included) count too:
 * CCC meters arrivals, not successes.
 *
 * Keeps only the last second of timestamps per action (like rate-limit.ts), so memory stays bounded however long a
 * run is; the peak is updated at every arrival, which is where a sliding one-second window can reach a new maximum.
 */
import { performance } from "node:perf_hooks";

export interface ActionArrivals {
  total: number;
  /** Most arrivals within any one-second window [t, t + 1000 ms) since the last reset. */
  peakPerSecond: number;
  /** When the peak window ended, in ms since the last reset. */
  peakAtMs: number;
  /**
   * First and latest arrival, in ms since the last reset: (total − 1) · 1000 / (lastAtMs − firstAtMs) is the
   * sustained rate over a run (bench:rate).
   */
  firstAtMs: number;
  lastAtMs: number;
}

export interface ArrivalsReport {
  /** Ms since the last reset (or start). */
  elapsedMs: number;
  /** The highest peakPerSecond of any action. */
  peakPerSecond: number;
  /** Keyed by X-TC-Action as sent ("(none)" when absent). */
  byAction: Record<string, ActionArrivals>;
}

interface ActionWindow extends ActionArrivals {
  /** Arrival times of the last second, oldest first. */
  recent: number[];
}

const WINDOW_MS = 1000;

export class ArrivalLog {
  private readonly actions = new Map<string, ActionWindow>();
  private startedAt: number;

  constructor(private readonly nowMs: () => number = () => performance.now()) {
    this.startedAt = nowMs();
  }

  record(action: string): void {
    const now = this.nowMs();
    const at = Math.round(now - this.startedAt);
    let entry = this.actions.get(action);
    if (!entry) {
      entry = { total: 0, peakPerSecond: 0, peakAtMs: 0, firstAtMs: at, lastAtMs: at, recent: [] };
      this.actions.set(action, entry);
    }
    entry.total += 1;
    entry.lastAtMs = at;
    while (entry.recent.length > 0 && now - (entry.recent[0] as number) >= WINDOW_MS) entry.recent.shift();
    entry.recent.push(now);
    if (entry.recent.length > entry.peakPerSecond) {
      entry.peakPerSecond = entry.recent.length;
      entry.peakAtMs = at;
    }
  }

  report(): ArrivalsReport {
    const byAction: Record<string, ActionArrivals> = {};
    let peakPerSecond = 0;
    for (const [action, { recent: _recent, ...figures }] of this.actions) {
      byAction[action] = figures;
      peakPerSecond = Math.max(peakPerSecond, figures.peakPerSecond);
    }
    return { elapsedMs: Math.round(this.nowMs() - this.startedAt), peakPerSecond, byAction };
  }

  reset(): void {
    this.actions.clear();
    this.startedAt = this.nowMs();
  }
}
