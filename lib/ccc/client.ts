/**
 * The signed CCC client: validate → wait for the per-action limiter → sign with a fresh timestamp → send → parse.
 * Idempotent actions retry on throttling, 5xx and lost connections; creates are sent at most once, because a second
 * send after an unanswered first one could make two campaigns.
 */
import pRetry from "p-retry";
import type { CccConfig } from "../config/ccc-env";
import { logger as defaultLogger, type Logger, maskMessage, summarizeRequest } from "../log";
import { observeCccAttempt } from "../observability/ccc";
import { type CccActionName, type CccRequest, type CccResponse, cccActions } from "./actions";
import { CccError, isCccError, LOCAL_CODES } from "./errors";
import { createUndiciPost, fetchPost, type HttpPost } from "./http-post";
import { type CccLane, type CccRateLimiter, createMemoryRateLimiter, noRateLimit } from "./rate-limit";
import { Tc3SigningKeys } from "./sign";
import { prepareRequest, sendOnce } from "./transport";

export interface CccRetryOptions {
  /** Retries after the first attempt (idempotent actions only). */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

export interface CccClientOptions {
  logger?: Logger;
  /** The HTTP layer; default undici with a keep-alive pool per origin (http-post.ts). */
  post?: HttpPost;
  /** Convenience for tests: send through this fetch instead. Ignored when `post` is given. */
  fetch?: typeof fetch;
  /** Clock in milliseconds, for X-TC-Timestamp. */
  now?: () => number;
  retry?: CccRetryOptions;
  /**
   * Per action, for the default in-process limiter (Infinity: none); default config.rateLimit, else 20. Ignored
   * when `limiter` is given.
   */
  rateLimitPerSecond?: number;
  /** A shared limiter (e.g. Postgres-backed) for several console instances. */
  limiter?: CccRateLimiter;
}

export interface CccCallOptions {
  signal?: AbortSignal;
  /**
   * Per attempt, from handing the request over (queueing and connecting included) to the whole body read.
   * Defaults to the config's timeoutMs.
   */
  timeoutMs?: number;
  /**
   * The limiter queue to wait in. Default: "background" for Describe* reads, "interactive" for everything else.
   * A read a supervisor is waiting on to finish a change (the safe-save re-check) passes "interactive".
   */
  lane?: CccLane;
  /**
   * Reads only: ask CCC now. The read cache (read-cache.ts) neither answers from memory nor joins a call already in
   * flight, and the call waits in the "interactive" lane unless `lane` says otherwise. For a read a write depends on.
   */
  fresh?: boolean;
  /**
   * Reads only: bypass the read cache entirely (neither answered from it nor kept in it). For bulk paging (results
   * exports): every page is asked once, and keeping 1,000 pages of call records would only cost memory.
   */
  uncached?: boolean;
  /**
   * Reads only: other console instances make the same read now, in their background lane (read-cache.ts, over the
   * invalidation bus), so their next viewer finds the answer cached. For a read every instance is about to need.
   */
  announce?: boolean;
}

/** Describe* actions only read; everything else changes CCC. */
export const isReadAction = (action: CccActionName): boolean => action.startsWith("Describe");

type CccMethod<A extends CccActionName> = (request: CccRequest<A>, opts?: CccCallOptions) => Promise<CccResponse<A>>;

/** One typed method per registry action, e.g. `describePredictiveDialingCampaigns(req)`. */
export type CccActionMethods = { [A in CccActionName as Uncapitalize<A>]: CccMethod<A> };

export type CccClient = CccActionMethods & {
  call<A extends CccActionName>(action: A, request: CccRequest<A>, opts?: CccCallOptions): Promise<CccResponse<A>>;
};

export const DEFAULT_RETRY: CccRetryOptions = { retries: 3, minTimeoutMs: 200, maxTimeoutMs: 3_000 };

// Codes CCC (or the network) may answer differently a moment later. Our own InvalidResponse is deliberately absent:
// a reply that does not fit the schema will not fit it on the next try either.
function isRetryable(error: unknown): boolean {
  if (!isCccError(error)) return false;
  if (error.code === LOCAL_CODES.httpStatus) return (error.httpStatus ?? 0) >= 500;
  if (error.code === LOCAL_CODES.localQueueFull || error.code === LOCAL_CODES.rateLimiterFailed) return false;
  if (error.code === LOCAL_CODES.invalidResponse) return false;
  return (
    /^(RequestLimitExceeded|InternalError)(\.|$)/.test(error.code) ||
    error.code === "ServiceUnavailable" ||
    error.code === LOCAL_CODES.timeout ||
    error.code === LOCAL_CODES.connectionLost ||
    error.code === LOCAL_CODES.connectionRefused ||
    error.code === LOCAL_CODES.connectFailed
  );
}

/**
 * Lateness between a request's turn and its write that the limiter's guard absorbs without help (its lateness
 * credit, lane-queue.ts); a request later than this postpones the action's next turn by all of its lateness. Measured
 * 2026-12-04 under load (two instances, a busy 2-core machine): writes up to 118 ms after their turn (waiting for a
 * connection to take them up), enough for 21 arrivals in one second at the emulator before this.
 */
const WRITE_LATE_MS = 5;

function validationError(action: CccActionName, issue: { path: PropertyKey[]; message: string } | undefined) {
  const path = issue?.path.map(String).join(".") || "request";
  const first = issue?.path[0];
  return new CccError({
    action,
    kind: "validation",
    code: LOCAL_CODES.invalidRequest,
    field: typeof first === "string" ? first : undefined,
    message: `Invalid ${path}: ${issue?.message ?? "does not match the request schema"}`,
  });
}

export function createCccClient(config: CccConfig, options: CccClientOptions = {}): CccClient {
  const log = options.logger ?? defaultLogger;
  const post = options.post ?? (options.fetch ? fetchPost(options.fetch) : createUndiciPost());
  const now = options.now ?? Date.now;
  const retry = options.retry ?? DEFAULT_RETRY;
  const perSecond = options.rateLimitPerSecond ?? config.rateLimit?.perSecond;
  const limiter =
    options.limiter ??
    (perSecond === Number.POSITIVE_INFINITY
      ? noRateLimit
      : createMemoryRateLimiter({ perSecond, guard: config.rateLimit?.guard }));
  const signingKeys = new Tc3SigningKeys();

  async function call<A extends CccActionName>(
    action: A,
    request: CccRequest<A>,
    opts: CccCallOptions = {},
  ): Promise<CccResponse<A>> {
    const spec = cccActions[action];
    const valid = spec.request.safeParse(request);
    if (!valid.success) throw validationError(action, valid.error.issues[0]);
    // Serialized once: every attempt sends the same bytes, only the timestamp and signature change.
    const body = JSON.stringify(valid.data);
    const summary = summarizeRequest(valid.data);
    const timeoutMs = opts.timeoutMs ?? config.timeoutMs;
    const lane = opts.lane ?? (isReadAction(action) && !opts.fresh ? "background" : "interactive");

    const attempt = async (attemptNumber: number): Promise<CccResponse<A>> => {
      await limiter.acquire(action, { signal: opts.signal, lane });
      const started = performance.now();
      // CCC counts arrivals, the limiter spaces turns: a request that reaches the wire well after its turn moves the
      // action's next turn as much later (see WRITE_LATE_MS).
      const onWrite = (at: number) => {
        const late = at - started;
        if (late > WRITE_LATE_MS) limiter.wroteLate?.(action, late);
      };
      const prepared = prepareRequest(config, action, body, Math.floor(now() / 1000), signingKeys);
      // A span and a counted request per attempt (lib/observability); the log lines below carry its trace id.
      return observeCccAttempt(action, attemptNumber, async () => {
        try {
          const response = await sendOnce(action, prepared, { post, timeoutMs, signal: opts.signal, onWrite });
          log.info(
            {
              action,
              attempt: attemptNumber,
              durationMs: elapsed(started),
              requestId: response.RequestId,
              outcome: "ok",
              request: summary,
            },
            "ccc call",
          );
          return response;
        } catch (error) {
          if (isCccError(error)) {
            const line = {
              action,
              attempt: attemptNumber,
              durationMs: elapsed(started),
              requestId: error.requestId,
              outcome: error.code,
              kind: error.kind,
              httpStatus: error.httpStatus,
              request: summary,
            };
            log.warn({ ...line, detail: maskMessage(error.message) }, "ccc call failed");
          }
          throw error;
        }
      });
    };

    if (!spec.idempotent) return attempt(1);
    // The first attempt runs outside p-retry: entering p-retry costs ~4 µs per call (options copy and validation),
    // about a tenth of the client's own work, and nearly every call succeeds first time. A failure is handed to
    // p-retry as its attempt 1, so backoff, shouldRetry, retry count and cancellation are exactly p-retry's.
    let firstError: unknown;
    try {
      return await attempt(1);
    } catch (error) {
      if (!isRetryable(error) || retry.retries === 0) throw error;
      firstError = error;
    }
    try {
      return await pRetry(
        (attemptNumber) => (attemptNumber === 1 ? Promise.reject(firstError) : attempt(attemptNumber)),
        {
          retries: retry.retries,
          minTimeout: retry.minTimeoutMs,
          maxTimeout: retry.maxTimeoutMs,
          factor: 2,
          randomize: true,
          signal: opts.signal,
          shouldRetry: ({ error }) => isRetryable(error),
        },
      );
    } catch (error) {
      // p-retry rejects with the signal's reason when cancelled during a backoff pause.
      if (isCccError(error) || !opts.signal?.aborted) throw error;
      throw new CccError({ action, code: LOCAL_CODES.aborted, message: `${action} was cancelled`, cause: error });
    }
  }

  return bindActionMethods(call);
}

/**
 * A client from its `call`: one typed method per registry action over the client's own `call` or a decorator's
 * (the read cache), so the methods always go through whatever wraps `call`.
 */
export function bindActionMethods(call: CccClient["call"]): CccClient {
  const method =
    <A extends CccActionName>(action: A): CccMethod<A> =>
    (request, opts) =>
      call(action, request, opts);

  // Written out so adding an action to the registry without a method here is a type error.
  return {
    call,
    createAgentCruiseDialingCampaign: method("CreateAgentCruiseDialingCampaign"),
    describeAgentCruiseDialingCampaign: method("DescribeAgentCruiseDialingCampaign"),
    abortAgentCruiseDialingCampaign: method("AbortAgentCruiseDialingCampaign"),
    createPredictiveDialingCampaign: method("CreatePredictiveDialingCampaign"),
    updatePredictiveDialingCampaign: method("UpdatePredictiveDialingCampaign"),
    describePredictiveDialingCampaign: method("DescribePredictiveDialingCampaign"),
    describePredictiveDialingCampaigns: method("DescribePredictiveDialingCampaigns"),
    pausePredictiveDialingCampaign: method("PausePredictiveDialingCampaign"),
    resumePredictiveDialingCampaign: method("ResumePredictiveDialingCampaign"),
    abortPredictiveDialingCampaign: method("AbortPredictiveDialingCampaign"),
    deletePredictiveDialingCampaign: method("DeletePredictiveDialingCampaign"),
    describeSkillGroupInfoList: method("DescribeSkillGroupInfoList"),
    describeStaffInfoList: method("DescribeStaffInfoList"),
    describeNumbers: method("DescribeNumbers"),
    describePredictiveDialingSessions: method("DescribePredictiveDialingSessions"),
    describeTelCdr: method("DescribeTelCdr"),
    describeStaffStatusMetrics: method("DescribeStaffStatusMetrics"),
    describeCallInMetrics: method("DescribeCallInMetrics"),
  };
}

const elapsed = (started: number) => Math.round(performance.now() - started);
