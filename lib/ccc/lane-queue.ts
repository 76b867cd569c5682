/**
 * One action's waiting room in front of CCC's budget: two lanes, interactive served before background, and a pump
 * that takes one slot at a time from a slot store (in memory, or shared in PostgreSQL) and hands it to whoever is
 * first in line at that moment. See docs/decisions.md, "CCC request budget", for the numbers behind the defaults.
 */
import type { CccActionName } from "./actions";
import { CccError, LOCAL_CODES } from "./errors";
import type { CccLane } from "./rate-limit";

/** What the store answers to "may one request of this key leave now?". Times are epoch ms on this host's clock. */
export interface SlotAnswer {
  granted: boolean;
  /** When the key's next slot opens (the store's expiry for this key). */
  nextSlotAt: number;
}

/** A per-key spacing store: grants a slot when the key's last one has expired, and holds the new one `durationMs`. */
export interface SlotStore {
  take(key: string, durationMs: number): Promise<SlotAnswer>;
  /** Moves the key's next slot `ms` later (shared stores: for every instance). Best effort. */
  postpone?(key: string, ms: number): Promise<void>;
}

export interface LaneTiming {
  /** Whole milliseconds between two slots of one action. */
  spacingMs: number;
  /**
   * A slot taken up to this many ms after it opened still schedules the next one from when it opened, not from
   * when it was taken, so timer lateness does not add up request after request. It is also how much of the guard
   * that forgiveness may use: any n+1 grants span at least n·spacing − credit.
   */
  latenessCreditMs: number;
  /**
   * Background waiters try this many ms after a slot opens, interactive ones at once: across instances sharing a
   * store, an interactive request anywhere wins the race for the slot. Must stay below the credit, which absorbs
   * it, so background throughput does not drop.
   */
  interactiveHeadStartMs: number;
  /** Waiters per lane; one more is refused with localQueueFull. */
  maxQueueSize: number;
  /**
   * A slot is stamped with the time it was asked for, and its request leaves when the answer is back. What bunches
   * requests at CCC is not that delay but its swings: a slot whose answer took this much longer than the quickest
   * recent answer (a stalled store, or an event loop busy with other work when the answer arrived) is left unused
   * and the next one taken, since its request could reach CCC right beside the next slot's and the guard's slack
   * could not absorb it. Measured against recent answers, not zero, so a store that is always far away (a constant
   * round trip) costs nothing and can never starve the queue. Default: half the slack (20 ms at 20/s, guard 0.04).
   */
  maxGrantAgeMs: number;
}

/** Answers remembered for the "too late" baseline: about 1.5 s of one busy action's slots. */
const RECENT_DELAYS = 32;

interface Waiter {
  lane: CccLane;
  resolve(): void;
  reject(error: CccError): void;
}

export class LaneQueue {
  private readonly lanes: Record<CccLane, Waiter[]> = { interactive: [], background: [] };
  /** Latest slot time the store told us about; undefined before the first answer or after a store failure. */
  private nextSlotAt: number | undefined;
  /** No slot is asked for before this (epoch ms), whatever the store says: see postpone. */
  private postponedUntil = 0;
  private pumping = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly action: CccActionName,
    private readonly key: string,
    private readonly store: SlotStore,
    private readonly timing: LaneTiming,
  ) {}

  /** Resolves when a request may leave; rejects with localQueueFull, aborted or rateLimiterFailed. */
  acquire(lane: CccLane, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(this.error(LOCAL_CODES.aborted));
    const queue = this.lanes[lane];
    if (queue.length >= this.timing.maxQueueSize) return Promise.reject(this.error(LOCAL_CODES.localQueueFull));
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(this.error(LOCAL_CODES.aborted));
      };
      const done = () => signal?.removeEventListener("abort", onAbort);
      const waiter: Waiter = {
        lane,
        resolve: () => {
          done();
          resolve();
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      queue.push(waiter);
      // An interactive arrival cuts short a sleep that was timed for a background waiter's later try.
      if (lane === "interactive") this.wake?.();
      void this.pump();
    });
  }

  /**
   * A request granted a slot reached the wire `lateMs` after it: the next slot opens that much later, here and (a
   * shared store) on every instance, so the late one and the ones after it still span what their slots did.
   */
  postpone(lateMs: number): void {
    const from = Math.max(this.nextSlotAt ?? Date.now(), this.postponedUntil, Date.now());
    this.postponedUntil = from + lateMs;
    this.store.postpone?.(this.key, lateMs).catch(() => undefined);
  }

  /** Requests waiting in each lane (for tests and diagnostics). */
  waiting(): Record<CccLane, number> {
    return { interactive: this.lanes.interactive.length, background: this.lanes.background.length };
  }

  private headLane(): CccLane | undefined {
    if (this.lanes.interactive.length > 0) return "interactive";
    return this.lanes.background.length > 0 ? "background" : undefined;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let lane = this.headLane(); lane; lane = this.headLane()) {
        const headStart = lane === "background" ? this.timing.interactiveHeadStartMs : 0;
        const opensAt = Math.max(this.nextSlotAt ?? Number.NEGATIVE_INFINITY, this.postponedUntil);
        const wait = opensAt + headStart - Date.now();
        if (wait > 0) await this.sleep(wait);
        else await this.takeSlot();
      }
    } finally {
      this.pumping = false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** Slots granted but left unused because their answer came back too late (see maxGrantAgeMs). */
  staleGrants = 0;
  /** How long the last few answers took (ms), the quickest being the baseline for "too late". */
  private readonly recentDelays: number[] = [];

  /** Whether an answer that took `delayMs` came back too late to use; remembers the delay either way. */
  private tooLate(delayMs: number): boolean {
    const quickest = this.recentDelays.length > 0 ? Math.min(...this.recentDelays) : delayMs;
    this.recentDelays.push(delayMs);
    if (this.recentDelays.length > RECENT_DELAYS) this.recentDelays.shift();
    return delayMs - quickest > this.timing.maxGrantAgeMs;
  }

  private async takeSlot(): Promise<void> {
    let answer: SlotAnswer;
    const askedAt = Date.now();
    try {
      answer = await this.store.take(this.key, this.durationFrom(askedAt));
    } catch (cause) {
      // Fail closed: the request whose turn it was is refused and nothing is sent. The next waiter tries afresh.
      this.nextSlotAt = undefined;
      this.next()?.reject(this.error(LOCAL_CODES.rateLimiterFailed, cause));
      return;
    }
    // A refusal means "not yet": retry no sooner than a millisecond from now, even if the answer's time has passed.
    this.nextSlotAt = answer.granted ? answer.nextSlotAt : Math.max(answer.nextSlotAt, Date.now() + 1);
    if (this.tooLate(Date.now() - askedAt) && answer.granted) {
      // Too late to use (see maxGrantAgeMs): the waiter stays first in line for the next slot.
      this.staleGrants += 1;
      return;
    }
    // The slot goes to whoever is first now; if every waiter aborted meanwhile it is left unused.
    if (answer.granted) this.next()?.resolve();
  }

  /** How long the slot taken at `now` holds the key: from when it opened if we are only a little late. */
  private durationFrom(now: number): number {
    const { spacingMs, latenessCreditMs } = this.timing;
    const opened = this.nextSlotAt;
    if (opened === undefined || now - opened > latenessCreditMs) return spacingMs;
    return Math.max(1, Math.ceil(opened + spacingMs - now));
  }

  private next(): Waiter | undefined {
    const lane = this.headLane();
    return lane ? this.lanes[lane].shift() : undefined;
  }

  private error(code: string, cause?: unknown): CccError {
    const action = this.action;
    const messages: Record<string, string> = {
      [LOCAL_CODES.aborted]: `${action} was cancelled before it was sent`,
      [LOCAL_CODES.localQueueFull]: `Too many ${action} requests are waiting for CCC's rate limit; try again shortly`,
      [LOCAL_CODES.rateLimiterFailed]: `The rate limiter for ${action} failed; nothing was sent`,
    };
    return new CccError({ action, code, message: messages[code] ?? code, cause });
  }
}
