/**
 * Per-action request limiting for CCC (documented: 20 requests/second per action). Callers wait in a queue rather
 * than fail; only a full queue rejects, so a runaway loop cannot pile up unbounded memory.
 */
import {
  type RateLimiterLike,
  RateLimiterMemory,
  RateLimiterQueue,
  RateLimiterQueueError,
} from "rate-limiter-flexible";
import type { CccActionName } from "./actions";
import { CccError, LOCAL_CODES } from "./errors";

/**
 * What the client needs from a limiter: resolve when `action` may send one request. Injectable so several console
 * instances can share one budget (e.g. rate-limiter-flexible's RateLimiterPostgres via createQueuedRateLimiter).
 */
export interface CccRateLimiter {
  acquire(action: CccActionName, options?: AcquireOptions): Promise<void>;
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

export interface QueuedRateLimiterOptions {
  /** Requests waiting per action beyond which new ones are rejected (throttled). */
  maxQueueSize?: number;
}

export const DEFAULT_MAX_QUEUE_SIZE = 1_000;

/** Wraps one rate-limiter-flexible limiter per action (made on first use) in a RateLimiterQueue. */
export function createQueuedRateLimiter(
  makeLimiter: (action: CccActionName) => RateLimiterLike,
  { maxQueueSize = DEFAULT_MAX_QUEUE_SIZE }: QueuedRateLimiterOptions = {},
): CccRateLimiter {
  const queues = new Map<CccActionName, RateLimiterQueue>();
  const queueFor = (action: CccActionName) => {
    let queue = queues.get(action);
    if (!queue) {
      queue = new RateLimiterQueue(makeLimiter(action), { maxQueueSize });
      queues.set(action, queue);
    }
    return queue;
  };

  return {
    async acquire(action, { signal } = {}) {
      const aborted = () =>
        new CccError({ action, code: LOCAL_CODES.aborted, message: `${action} was cancelled before it was sent` });
      if (signal?.aborted) throw aborted();
      const waiting = queueFor(action)
        .removeTokens(1)
        .then(
          () => undefined,
          (cause: unknown) => {
            // Any other rejection is the limiter's store failing (e.g. Postgres down): fail closed, not open.
            throw cause instanceof RateLimiterQueueError
              ? new CccError({
                  action,
                  code: LOCAL_CODES.localQueueFull,
                  message: `Too many ${action} requests are waiting for CCC's rate limit; try again shortly`,
                  cause,
                })
              : new CccError({
                  action,
                  code: LOCAL_CODES.rateLimiterFailed,
                  message: `The rate limiter for ${action} failed; nothing was sent`,
                  cause,
                });
          },
        );
      if (!signal) return waiting;
      // The queue cannot withdraw a waiter: an abandoned wait still uses its slot later, which only errs on the
      // side of sending less.
      let onAbort = () => {};
      const abort = new Promise<never>((_, reject) => {
        onAbort = () => reject(aborted());
        signal.addEventListener("abort", onAbort, { once: true });
      });
      try {
        await Promise.race([waiting, abort]);
      } finally {
        signal.removeEventListener("abort", onAbort);
      }
    },
  };
}

export interface MemoryRateLimiterOptions extends QueuedRateLimiterOptions {
  /** Per action; default 20 (CCC's documented limit). */
  perSecond?: number;
  /**
   * Extra spacing as a fraction of 1/perSecond. CCC counts arrivals, we count departures: with 0.1, twenty
   * consecutive requests span 1.1 s, so up to 100 ms of jitter between them still lands ≤ 20 in any second.
   */
  guard?: number;
}

/**
 * In-process limiter: requests of one action are spaced at least (1 + guard)/perSecond seconds apart.
 * Spacing rather than "perSecond per 1-second window" because fixed windows allow up to 2×perSecond within one
 * second across a window boundary, and CCC's window is not documented; spacing keeps every sliding second at or
 * under the limit (the bundled emulator enforces a sliding window) at the cost of bursts: 20 requests of one action
 * take ~1 s to leave, and the sustained rate is perSecond / (1 + guard).
 */
export function createMemoryRateLimiter({
  perSecond = 20,
  guard = 0.1,
  maxQueueSize,
}: MemoryRateLimiterOptions = {}): CccRateLimiter {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new RangeError("perSecond must be a positive number");
  const duration = (1 + guard) / perSecond;
  return createQueuedRateLimiter(
    (action) => new RateLimiterMemory({ keyPrefix: `ccc:${action}`, points: 1, duration }),
    {
      maxQueueSize,
    },
  );
}
