/**
 * Read coalescing over a CccClient. CCC allows 20 requests/second per action for the whole account, so a page view
 * must not cost one Describe per viewer: identical Describe* requests in flight share one call (single-flight), and
 * an answer is served to everyone for a short fresh window. After the window, while one caller refreshes it, the
 * others get the previous answer (stale-while-revalidate) up to a maximum age. Writes pass straight through and, once
 * they settle (success or not: a timeout may have applied), invalidate every cached read of their SdkAppId.
 * `fresh: true` skips the cache and any older call in flight. Errors are never cached. Per process: see
 * docs/decisions.md ("Read coalescing") for what that means with several console instances.
 */
import { LRUCache } from "lru-cache";
import { canonicalJson } from "../db/canonical-json";
import type { CccActionName, CccRequest, CccResponse } from "./actions";
import { bindActionMethods, type CccCallOptions, type CccClient, isReadAction } from "./client";
import { CccError, LOCAL_CODES } from "./errors";

export interface ReadCacheOptions {
  /** How long an answer is served without asking CCC (ms). 0 turns caching off; single-flight stays. */
  freshMs: number;
  /** The oldest answer served while a refresh is in flight (ms); default 5 × freshMs. */
  maxStaleMs?: number;
  /** Answers kept at most; the least recently used go first. Default 1,000. */
  maxEntries?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
}

export const DEFAULT_READ_CACHE_ENTRIES = 1_000;

/** One call to CCC, shared by everyone who asks the same question while it runs. */
interface Flight {
  promise: Promise<unknown>;
  startedAt: number;
  /** Order of starting, so a slow older call never replaces the answer of a newer one. */
  seq: number;
  /** The app's generation when the call started: a write since then makes it unjoinable. */
  generation: number;
}

interface Answer {
  response: unknown;
  /** When the call that produced it started: its age counts from there, conservatively. */
  startedAt: number;
  seq: number;
  generation: number;
}

interface Entry {
  flight?: Flight;
  answer?: Answer;
}

/** Every action's request carries the app; anything else (none today) shares one bucket. */
function appOf(request: unknown): string {
  const id = (request as { SdkAppId?: unknown } | null)?.SdkAppId;
  return typeof id === "number" ? String(id) : "*";
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The caller's own signal cancels its wait, never the shared call that others may be waiting on too. */
function awaitWithSignal(action: CccActionName, promise: Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
  if (!signal) return promise;
  const aborted = () => new CccError({ action, code: LOCAL_CODES.aborted, message: `${action} was cancelled` });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Wraps `client` so its Describe* calls are coalesced and briefly cached (see the file comment). Answers are shared
 * between callers and frozen: treat them as read-only.
 */
export function withReadCache(client: CccClient, options: ReadCacheOptions): CccClient {
  const { freshMs } = options;
  const maxStaleMs = options.maxStaleMs ?? freshMs * 5;
  const now = options.now ?? Date.now;
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries ?? DEFAULT_READ_CACHE_ENTRIES });
  // Bumped by every settled write of the app; answers and flights of an older generation are ignored.
  const generations = new Map<string, number>();
  const generationOf = (app: string) => generations.get(app) ?? 0;
  let started = 0;

  function startFlight(key: string, app: string, action: CccActionName, request: unknown, opts: CccCallOptions) {
    const { signal: _callerSignal, ...shared } = opts;
    const flight: Flight = {
      promise: client.call(action, request as CccRequest<typeof action>, shared).then(deepFreeze),
      startedAt: now(),
      seq: ++started,
      generation: generationOf(app),
    };
    const entry = entries.get(key) ?? {};
    entry.flight = flight;
    entries.set(key, entry);
    const settle = (response?: { value: unknown }) => {
      const current = entries.peek(key);
      if (!current) return;
      if (current.flight === flight) current.flight = undefined;
      const newer = current.answer && current.answer.seq > flight.seq;
      if (response && freshMs > 0 && flight.generation === generationOf(app) && !newer) {
        const { startedAt, seq, generation } = flight;
        current.answer = { response: response.value, startedAt, seq, generation };
      }
      if (!current.flight && !current.answer) entries.delete(key);
    };
    flight.promise.then(
      (value) => settle({ value }),
      () => settle(),
    );
    return flight;
  }

  function read(action: CccActionName, request: unknown, opts: CccCallOptions): Promise<unknown> {
    const app = appOf(request);
    const key = `${action} ${canonicalJson(request)}`;
    if (opts.fresh) return awaitWithSignal(action, startFlight(key, app, action, request, opts).promise, opts.signal);
    const generation = generationOf(app);
    const entry = entries.get(key);
    const answer = entry?.answer?.generation === generation ? entry.answer : undefined;
    const flight = entry?.flight?.generation === generation ? entry.flight : undefined;
    const age = answer ? now() - answer.startedAt : Number.POSITIVE_INFINITY;
    if (answer && age < freshMs) return Promise.resolve(answer.response);
    if (flight) {
      // Someone is already refreshing: the previous answer will do meanwhile, unless it is too old.
      if (answer && age < maxStaleMs) return Promise.resolve(answer.response);
      return awaitWithSignal(action, flight.promise, opts.signal);
    }
    return awaitWithSignal(action, startFlight(key, app, action, request, opts).promise, opts.signal);
  }

  async function write(action: CccActionName, request: unknown, opts: CccCallOptions): Promise<unknown> {
    try {
      return await client.call(action, request as CccRequest<typeof action>, opts);
    } finally {
      const app = appOf(request);
      generations.set(app, generationOf(app) + 1);
    }
  }

  function call<A extends CccActionName>(
    action: A,
    request: CccRequest<A>,
    opts: CccCallOptions = {},
  ): Promise<CccResponse<A>> {
    if (opts.uncached && isReadAction(action)) return client.call(action, request, opts);
    const pending = isReadAction(action) ? read(action, request, opts) : write(action, request, opts);
    // Both paths return what client.call answered for this action.
    return pending as Promise<CccResponse<A>>;
  }

  return bindActionMethods(call);
}
