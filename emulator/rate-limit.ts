/**
 * CCC's per-action limit (20 requests per second), as a sliding one-second window per action. It runs on the
 * process's monotonic clock, not the emulator's injectable one: throughput is real time even when a test freezes
 * or shifts campaign time. Rejected requests do not use up the window.
 */
import { performance } from "node:perf_hooks";

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** `limitPerSecond` 0 turns limiting off. */
  constructor(
    readonly limitPerSecond: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  tryAcquire(key: string): boolean {
    if (this.limitPerSecond <= 0) return true;
    const now = this.nowMs();
    let window = this.hits.get(key);
    if (!window) {
      window = [];
      this.hits.set(key, window);
    }
    while (window.length > 0 && now - (window[0] as number) >= 1000) window.shift();
    if (window.length >= this.limitPerSecond) return false;
    window.push(now);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}
