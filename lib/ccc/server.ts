/**
 * The process-wide CCC client for server code. Kept on globalThis because Next dev re-evaluates modules on every
 * change: a module-level singleton would multiply limiters, and each would allow its own 20 requests/second.
 * With DATABASE_URL the request budget is shared with every other instance through PostgreSQL; with the embedded
 * PGlite there is one process, and the in-memory limiter is the whole budget.
 */
import "server-only";
import { Pool } from "pg";
import { type CccConfig, readCccConfig } from "../config/ccc-env";
import { type Logger, logger } from "../log";
import { onShutdown } from "../shutdown";
import { type CccClient, createCccClient } from "./client";
import { createPostgresBus } from "./invalidation-bus";
import { type CccRateLimiter, createMemoryRateLimiter } from "./rate-limit";
import { createPostgresRateLimiter, measureClockSkew, skewToleranceMs } from "./rate-limit-postgres";
import { withReadCache } from "./read-cache";
import { scheduledFreshMs } from "./scheduled-freshness";

interface CccGlobal {
  config?: CccConfig;
  client?: CccClient;
}

const GLOBAL_KEY = Symbol.for("ccc-console.ccc");

function state(): CccGlobal {
  const store = globalThis as typeof globalThis & { [GLOBAL_KEY]?: CccGlobal };
  store[GLOBAL_KEY] ??= {};
  return store[GLOBAL_KEY];
}

/** The CCC settings from the environment, read once (throws ConfigError when they are invalid). */
export function getCccConfig(): CccConfig {
  const current = state();
  current.config ??= readCccConfig(process.env);
  return current.config;
}

/**
 * The shared client, built on first use from the environment, with identical reads coalesced (read-cache.ts).
 * Throws ConfigError when the settings are invalid.
 */
export function getCccClient(): CccClient {
  const current = state();
  if (!current.client) {
    const log = logger.child({ module: "ccc" });
    const config = getCccConfig();
    const pool = sharedPool(log);
    const client = createCccClient(config, { logger: log, limiter: buildLimiter(config, pool, log) });
    current.client = withReadCache(client, {
      freshMs: config.readFreshMs,
      freshMsFor: scheduledFreshMs(config.readFreshMs),
      bus: pool && config.readFreshMs > 0 ? buildBus(pool, log) : undefined,
    });
  }
  return current.client;
}

/** Limiter queries are tiny and must not wait behind page queries, so they get a small pool of their own. */
const LIMITER_POOL = { max: 4, connectionTimeoutMillis: 2_000, query_timeout: 2_000 } as const;

/** With DATABASE_URL (several instances possible): the pool the limiter and the cache invalidation share. */
function sharedPool(log: Logger): Pool | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  // Timeouts bound how long a hung database holds a waiter before it fails closed.
  const pool = new Pool({ connectionString: url, ...LIMITER_POOL });
  pool.on("error", (error) => log.warn({ err: error.message }, "rate limiter database connection lost"));
  onShutdown("ccc rate limiter pool", () => pool.end());
  return pool;
}

function buildLimiter(cccConfig: CccConfig, pool: Pool | undefined, log: Logger): CccRateLimiter {
  if (!pool) return createMemoryRateLimiter(cccConfig.rateLimit);
  void warnOnClockSkew(pool, cccConfig, log);
  return createPostgresRateLimiter(pool, cccConfig.rateLimit);
}

/** Other instances' writes invalidate this one's cached reads (and this one's theirs). */
function buildBus(pool: Pool, log: Logger) {
  const bus = createPostgresBus({
    url: process.env.DATABASE_URL ?? "",
    pool,
    onError: (message) => log.warn(message),
  });
  onShutdown("ccc read-cache invalidation listener", () => bus.close());
  return bus;
}

/** Each instance compares expiry times with its own clock: skew between hosts eats the guard, so say when it does. */
async function warnOnClockSkew(pool: Pool, cccConfig: CccConfig, log: Logger): Promise<void> {
  try {
    const { skewMs, uncertaintyMs } = await measureClockSkew(pool);
    const toleranceMs = skewToleranceMs(cccConfig.rateLimit);
    const fields = { skewMs: Math.round(skewMs), uncertaintyMs, toleranceMs };
    if (Math.abs(skewMs) - uncertaintyMs > toleranceMs) {
      log.warn(fields, "this host's clock is off from PostgreSQL's: CCC may refuse requests; check NTP");
    } else log.info(fields, "shared CCC rate limiter ready");
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "could not check clock skew");
  }
}

/** What the console may show about its CCC settings: no secret id, key or token. */
export interface CccPublicConfig {
  endpoint: string;
  sdkAppIds: readonly number[];
  region?: string;
  language?: "zh-CN" | "en-US";
  timeoutMs: number;
}

/** The validated settings without credentials, e.g. to list the configured SdkAppIds. */
export function cccConfig(): CccPublicConfig {
  const { endpoint, sdkAppIds, region, language, timeoutMs } = getCccConfig();
  return Object.freeze({
    endpoint: endpoint.origin,
    sdkAppIds: Object.freeze([...sdkAppIds]),
    region,
    language,
    timeoutMs,
  });
}
