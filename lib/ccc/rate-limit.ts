/**
 * Per-action request budget for CCC (documented: 20 requests/second per action, for the whole account). Callers
 * wait in one of two lanes rather than fail; interactive waiters go first (lane-queue.ts). Only a full lane rejects,
 * so a runaway loop cannot pile up unbounded memory. The budget lives in memory (one process) or in PostgreSQL
 * (rate-limit-postgres.ts, several console instances). docs/decisions.md, "CCC request budget", explains the design.
 */
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { observeLimiterWait } from "../observability/ccc";
import type { CccActionName } from "./actions";
import { CccError, LOCAL_CODES } from "./errors";
import { LaneQueue, type LaneTiming, type SlotStore } from "./lane-queue";

/**
 * What the client needs from a limiter: resolve when `action` may send one request. Injectable so several console
 * instances can share one budget (createPostgresRateLimiter).
 */
export interface CccRateLimiter {
  acquire(action: CccActionName, options?: AcquireOptions): Promise<void>;
  /**
   * The request `acquire` let through reached the wire `lateMs` after it (a new connection, a busy event loop): the
   * action's next turn opens that much later, so CCC, which counts arrivals, never sees the two bunched.
   */
  wroteLate?(action: CccActionName, lateMs: number): void;
}

/**
 * Which queue a request waits in. "interactive": a supervisor is waiting on it (saves, creates, lifecycle changes
 * and the Describe a save re-checks); "background": list views, polls and other reads that may wait their turn.
 */
export type CccLane = "interactive" | "background";

export interface AcquireOptions {
  signal?: AbortSignal;
  /** Default "interactive". */
  lane?: CccLane;
}

/** No limit at all: for benchmarks and tests that measure something else. */
export const noRateLimit: CccRateLimiter = {
  acquire: async (action, { signal } = {}) => {
    if (signal?.aborted) {
      throw new CccError({ action, code: LOCAL_CODES.aborted, message: `${action} was cancelled before it was sent` });
    }
  },
};

/** CCC's documented limit per action. */
export const DEFAULT_PER_SECOND = 20;
/** Extra spacing as a fraction of 1/perSecond: 0.04 → 52 ms between requests of one action at 20/s. */
export const DEFAULT_GUARD = 0.04;
export const DEFAULT_MAX_QUEUE_SIZE = 1_000;
/** Upper bound of the lateness credit; the guard's slack bounds it further (laneTiming). */
const MAX_LATENESS_CREDIT_MS = 5;
/** How much sooner interactive waiters try for a shared slot than background ones (shared stores only). */
export const SHARED_HEAD_START_MS = 2;

export interface RateLimitSettings {
  /** Requests per second per action; default 20. */
  perSecond?: number;
  /**
   * Extra spacing as a fraction of 1/perSecond. CCC counts arrivals, we count departures: the guard is the slack
   * that absorbs network jitter, timer lateness and (shared store) clock skew between instances.
   */
  guard?: number;
  /** Waiters per lane per action; default 1,000. */
  maxQueueSize?: number;
  /** See LaneTiming; default 0 (memory) or SHARED_HEAD_START_MS (shared store). */
  interactiveHeadStartMs?: number;
  /** See LaneTiming; default min(5 ms, a quarter of the guard's slack over a second). */
  latenessCreditMs?: number;
  /** See LaneTiming; default half the guard's slack over a second (20 ms at 20/s). */
  maxGrantAgeMs?: number;
}

/**
 * Spacing in whole milliseconds (PostgreSQL stores expiry as bigint ms) and the allowances derived from it.
 * Throws RangeError on a rate or guard out of range.
 */
export function laneTiming(settings: RateLimitSettings = {}): LaneTiming {
  const perSecond = settings.perSecond ?? DEFAULT_PER_SECOND;
  const guard = settings.guard ?? DEFAULT_GUARD;
  if (!(perSecond > 0 && perSecond <= 1000)) throw new RangeError("perSecond must be a number in (0, 1000]");
  if (!(guard >= 0 && guard <= 1)) throw new RangeError("guard must be a number in [0, 1]");
  // The epsilon keeps 1040/20 from becoming 53 through floating-point noise (1.04 * 1000 / 20 = 52.000…01).
  const spacingMs = Math.ceil((1000 * (1 + guard)) / perSecond - 1e-9);
  // perSecond + 1 requests span perSecond · spacing ms; what exceeds a second is the slack everything shares.
  const slackMs = Math.floor(perSecond * spacingMs) - 1000;
  const latenessCreditMs = settings.latenessCreditMs ?? Math.max(0, Math.min(MAX_LATENESS_CREDIT_MS, slackMs >> 2));
  return {
    spacingMs,
    latenessCreditMs,
    interactiveHeadStartMs: Math.min(settings.interactiveHeadStartMs ?? 0, latenessCreditMs),
    maxQueueSize: settings.maxQueueSize ?? DEFAULT_MAX_QUEUE_SIZE,
    maxGrantAgeMs: settings.maxGrantAgeMs ?? Math.max(1, slackMs >> 1),
  };
}

/**
 * A rate-limiter-flexible limiter with points 1 as a slot store: consume() succeeds when the key's last slot has
 * expired and sets the new expiry `durationMs` ahead (customDuration applies only then, which is what we want).
 */
export function slotStoreFrom(limiter: RateLimiterAbstract): SlotStore {
  return {
    async take(key, durationMs) {
      try {
        const granted = await limiter.consume(key, 1, { customDuration: durationMs / 1000 });
        return { granted: true, nextSlotAt: Date.now() + granted.msBeforeNext };
      } catch (refusal) {
        // A RateLimiterRes means "not yet"; anything else is the store failing, which the lane queue fails closed.
        if (refusal instanceof RateLimiterRes) return { granted: false, nextSlotAt: Date.now() + refusal.msBeforeNext };
        throw refusal;
      }
    },
  };
}

/** One LaneQueue per action (made on first use) over a shared slot store. */
export function createLaneRateLimiter(store: SlotStore, timing: LaneTiming): CccRateLimiter {
  const queues = new Map<CccActionName, LaneQueue>();
  return {
    acquire(action, { signal, lane = "interactive" } = {}) {
      let queue = queues.get(action);
      if (!queue) {
        queue = new LaneQueue(action, action, store, timing);
        queues.set(action, queue);
      }
      return observeLimiterWait(action, lane, queue.acquire(lane, signal)); // queue depth and wait metrics
    },
    wroteLate(action, lateMs) {
      queues.get(action)?.postpone(lateMs);
    },
  };
}

/**
 * In-process limiter: requests of one action leave at least spacingMs = (1 + guard)/perSecond apart, interactive
 * before background. Spacing rather than "perSecond per 1-second window" because fixed windows allow up to
 * 2×perSecond within one second across a window boundary, and CCC's window is not documented; spacing keeps every
 * sliding second at or under the limit (the bundled emulator enforces a sliding window) at the cost of bursts:
 * 20 requests of one action take ~1 s to leave, and the sustained rate is 1000/spacingMs per second.
 */
export function createMemoryRateLimiter(settings: RateLimitSettings = {}): CccRateLimiter {
  const timing = laneTiming(settings);
  const store = new RateLimiterMemory({ keyPrefix: "ccc", points: 1, duration: timing.spacingMs / 1000 });
  return createLaneRateLimiter(slotStoreFrom(store), timing);
}
