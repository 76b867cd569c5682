/**
 * Read coalescing over a CccClient. CCC allows 20 requests/second per action for the whole account, so a page view
 * must not cost one Describe per viewer: identical Describe* requests in flight share one call (single-flight), and
 * an answer is served to everyone for a short fresh window. After the window, the first caller refreshes it and waits
 * a moment for the new answer (refreshWaitMs), then takes the previous one; everyone else gets the previous answer
 * while the refresh runs (stale-while-revalidate), up to a maximum age. Writes pass straight through and, once they
 * settle (success or not: a timeout may have applied), invalidate what they touch: a campaign write, the campaign it
 * names and the app's campaign lists; any other write, all of the app's reads.
 * `fresh: true` skips the cache and any older call in flight. Errors are never cached. The cache is per process;
 * with an invalidation bus (invalidation-bus.ts, PostgreSQL LISTEN/NOTIFY) a write on one instance invalidates the
 * same scopes on every other, and an answer may then stay fresh longer when it says when it will change
 * (`freshMsFor`, e.g. a campaign that has not started yet). See docs/decisions.md ("Read coalescing").
 */
import { LRUCache } from "lru-cache";
import { withinOr } from "../async/within-or";
import { canonicalJson } from "../db/canonical-json";
import { type CccActionName, type CccRequest, type CccResponse, cccActions } from "./actions";
import { bindActionMethods, type CccCallOptions, type CccClient, isReadAction } from "./client";
import { CccError, LOCAL_CODES } from "./errors";

export interface ReadCacheOptions {
  /** How long an answer is served without asking CCC (ms). 0 turns caching off; single-flight stays. */
  freshMs: number;
  /** The oldest answer served while a refresh is in flight (ms); default 5 × freshMs. */
  maxStaleMs?: number;
  /** Answers kept at most; the least recently used go first. Default 1,000. */
  maxEntries?: number;
  /**
   * How long the caller that starts a refresh waits for it before taking the previous answer (ms); default 100.
   * A quiet page gets the new answer (a call takes tens of ms); under load nobody queues behind the refreshes.
   */
  refreshWaitMs?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /**
   * The fresh window for one answer, when it knows better than `freshMs` (undefined: `freshMs`). Only used while
   * caching is on. Lets an answer that cannot change before a known time be served longer.
   */
  freshMsFor?: (action: CccActionName, response: unknown, now: number) => number | undefined;
  /** Tells other instances about writes, and this one about theirs (default: none, this process only). */
  bus?: InvalidationBus;
}

/** A read one instance asks the others to make (InvalidationBus.announce). */
export interface AnnouncedRead {
  action: string;
  request: unknown;
}

/** How instances tell each other which scopes a write touched, and which reads to make early (invalidation-bus.ts). */
export interface InvalidationBus {
  publish(scopes: readonly string[]): void;
  /** Asks the other instances to make `read` now, in their background lane (see CccCallOptions.announce). */
  announce?(read: AnnouncedRead): void;
  /**
   * `onScopes` for another instance's writes; `onLost` when notifications may have been missed (a lost connection):
   * everything cached is then suspect; `onReads` for reads another instance announced.
   */
  subscribe(
    onScopes: (scopes: readonly string[]) => void,
    onLost: () => void,
    onReads?: (reads: readonly AnnouncedRead[]) => void,
  ): void;
}

export const DEFAULT_READ_CACHE_ENTRIES = 1_000;

const isCccAction = (name: string): name is CccActionName => Object.hasOwn(cccActions, name);
export const DEFAULT_REFRESH_WAIT_MS = 100;

/** One call to CCC, shared by everyone who asks the same question while it runs. */
interface Flight {
  promise: Promise<unknown>;
  startedAt: number;
  /** Order of starting, so a slow older call never replaces the answer of a newer one. */
  seq: number;
  /** Its scope's generation when the call started: a write since then makes it unjoinable. */
  generation: number;
}

interface Answer {
  response: unknown;
  /** How long this answer is fresh (ms): `freshMs`, or what `freshMsFor` said. */
  freshMs: number;
  /** When the call that produced it started: its age counts from there, conservatively. */
  startedAt: number;
  seq: number;
  generation: number;
}

interface Entry {
  flight?: Flight;
  answer?: Answer;
}

/**
 * What a call is about, for invalidation (every action's request carries the SdkAppId; anything else shares one
 * bucket): one campaign ("<app>#<CampaignId>"), the app's campaign lists ("<app>#campaigns": Describe*Campaigns and
 * other campaign reads naming none), or the rest of the app's reads ("<app>#directory": skill groups, staff, numbers).
 */
function scopeOf(action: CccActionName, request: unknown): { app: string; scope: string; campaignWrite: boolean } {
  const { SdkAppId, CampaignId } = (request ?? {}) as { SdkAppId?: unknown; CampaignId?: unknown };
  const app = typeof SdkAppId === "number" ? String(SdkAppId) : "*";
  const aboutCampaigns = action.includes("Campaign");
  const scope =
    typeof CampaignId === "number" ? `${app}#${CampaignId}` : `${app}#${aboutCampaigns ? "campaigns" : "directory"}`;
  return { app, scope, campaignWrite: aboutCampaigns };
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
  const refreshWaitMs = options.refreshWaitMs ?? DEFAULT_REFRESH_WAIT_MS;
  const now = options.now ?? Date.now;
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries ?? DEFAULT_READ_CACHE_ENTRIES });
  // Bumped by every settled write that touches the scope (a campaign, or an app's other reads); answers and flights
  // of an older generation are ignored.
  const generations = new Map<string, number>();
  // Bumped when another instance's notifications may have been lost: every scope's generation moves with it.
  let epoch = 0;
  const generationOf = (scope: string) => (generations.get(scope) ?? 0) + epoch;
  const bump = (scope: string) => generations.set(scope, (generations.get(scope) ?? 0) + 1);
  options.bus?.subscribe(
    (scopes) => {
      for (const scope of scopes) bump(scope);
    },
    () => {
      epoch += 1;
    },
    (reads) => {
      for (const { action, request } of reads) {
        if (!isCccAction(action) || !isReadAction(action)) continue;
        // Nothing waits on it: its answer lands in the cache for the next viewer (or refreshes nothing if fresh).
        read(action, request, { lane: "background" }).catch(() => undefined);
      }
    },
  );
  const freshMsOf = (action: CccActionName, response: unknown) =>
    Math.max(freshMs, options.freshMsFor?.(action, response, now()) ?? freshMs);
  let started = 0;

  function startFlight(key: string, scope: string, action: CccActionName, request: unknown, opts: CccCallOptions) {
    const { signal: _callerSignal, ...shared } = opts;
    const flight: Flight = {
      promise: client.call(action, request as CccRequest<typeof action>, shared).then(deepFreeze),
      startedAt: now(),
      seq: ++started,
      generation: generationOf(scope),
    };
    const entry = entries.get(key) ?? {};
    entry.flight = flight;
    entries.set(key, entry);
    const settle = (response?: { value: unknown }) => {
      const current = entries.peek(key);
      if (!current) return;
      if (current.flight === flight) current.flight = undefined;
      const newer = current.answer && current.answer.seq > flight.seq;
      if (response && freshMs > 0 && flight.generation === generationOf(scope) && !newer) {
        const { startedAt, seq, generation } = flight;
        current.answer = {
          response: response.value,
          freshMs: freshMsOf(action, response.value),
          startedAt,
          seq,
          generation,
        };
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
    if (opts.announce) options.bus?.announce?.({ action, request });
    const { scope } = scopeOf(action, request);
    const key = `${action} ${canonicalJson(request)}`;
    if (opts.fresh) return awaitWithSignal(action, startFlight(key, scope, action, request, opts).promise, opts.signal);
    const generation = generationOf(scope);
    const entry = entries.get(key);
    const answer = entry?.answer?.generation === generation ? entry.answer : undefined;
    const flight = entry?.flight?.generation === generation ? entry.flight : undefined;
    const age = answer ? now() - answer.startedAt : Number.POSITIVE_INFINITY;
    if (answer && age < answer.freshMs) return Promise.resolve(answer.response);
    const usable = answer && age < Math.max(maxStaleMs, answer.freshMs) ? answer : undefined;
    if (flight) {
      // Someone is already refreshing: the previous answer will do meanwhile, unless it is too old.
      if (usable) return Promise.resolve(usable.response);
      return awaitWithSignal(action, flight.promise, opts.signal);
    }
    const refresh = startFlight(key, scope, action, request, opts).promise;
    if (!usable) return awaitWithSignal(action, refresh, opts.signal);
    return awaitWithSignal(action, withinOr(refresh, refreshWaitMs, usable.response), opts.signal);
  }

  async function write(action: CccActionName, request: unknown, opts: CccCallOptions): Promise<unknown> {
    try {
      return await client.call(action, request as CccRequest<typeof action>, opts);
    } finally {
      const { app, scope, campaignWrite } = scopeOf(action, request);
      const touched = [scope, `${app}#campaigns`, ...(campaignWrite ? [] : [`${app}#directory`])];
      for (const each of touched) bump(each);
      options.bus?.publish(touched);
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
