/**
 * The CCC request budget shared through PostgreSQL, for several console instances behind a load balancer: every
 * instance takes each action's slots from one row of `ccc_rate_limit` (rate-limiter-flexible's RateLimiterPostgres;
 * the table comes from a Drizzle migration, see lib/db/schema.ts), so together they stay within CCC's limit.
 * A failing store rejects with rateLimiterFailed and nothing is sent (lane-queue.ts).
 */
import type { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import {
  type CccRateLimiter,
  createLaneRateLimiter,
  DEFAULT_PER_SECOND,
  laneTiming,
  type RateLimitSettings,
  SHARED_HEAD_START_MS,
  slotStoreFrom,
} from "./rate-limit";

export const CCC_RATE_LIMIT_TABLE = "ccc_rate_limit";

/** A limiter whose slots live in PostgreSQL. `pool` should be small and dedicated (see lib/ccc/server.ts). */
export function createPostgresRateLimiter(pool: Pool, settings: RateLimitSettings = {}): CccRateLimiter {
  const timing = laneTiming({ interactiveHeadStartMs: SHARED_HEAD_START_MS, ...settings });
  const store = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: CCC_RATE_LIMIT_TABLE,
    // Created by the migrations, which run at server start: the library never issues DDL.
    tableCreated: true,
    // One row per action, reused forever: nothing to sweep.
    clearExpiredByTimeout: false,
    keyPrefix: "ccc",
    points: 1,
    duration: timing.spacingMs / 1000,
  });
  const slots = slotStoreFrom(store);
  return createLaneRateLimiter(
    {
      take: slots.take,
      // The key's expiry moves later for every instance; an expiry already past counts from now.
      async postpone(key, ms) {
        const now = Date.now();
        await pool.query(
          `update ${CCC_RATE_LIMIT_TABLE} set expire = greatest(expire, $2::bigint) + $3::bigint where key = $1`,
          [store.getKey(key), now, Math.ceil(ms)],
        );
      },
    },
    timing,
  );
}

export interface ClockSkew {
  /** PostgreSQL's clock minus ours, in ms (positive: the database is ahead). */
  skewMs: number;
  /** Half the round trip of the best sample: the true skew is within skewMs ± this. */
  uncertaintyMs: number;
}

/**
 * RateLimiterPostgres writes and compares expiry times from each instance's own clock, so skew between hosts eats
 * the guard. Measured against the database's clock (the one reference every instance shares), best of `samples`.
 */
export async function measureClockSkew(pool: Pool, samples = 5): Promise<ClockSkew> {
  let best: ClockSkew | undefined;
  for (let i = 0; i < samples; i++) {
    const before = Date.now();
    const { rows } = await pool.query<{ ms: string }>(
      "select (extract(epoch from clock_timestamp()) * 1000)::float8::text as ms",
    );
    const after = Date.now();
    const uncertaintyMs = (after - before) / 2;
    const skewMs = Number(rows[0]?.ms) - (before + after) / 2;
    if (!best || uncertaintyMs < best.uncertaintyMs) best = { skewMs, uncertaintyMs };
  }
  if (!best) throw new RangeError("samples must be at least 1");
  return best;
}

/**
 * How far this host's clock may be from the database's before we warn: two instances each that far off in opposite
 * directions use half of the slack the guard leaves after the lateness credit.
 */
export function skewToleranceMs(settings: RateLimitSettings = {}): number {
  const timing = laneTiming(settings);
  const perSecond = settings.perSecond ?? DEFAULT_PER_SECOND;
  const slackMs = Math.floor(perSecond * timing.spacingMs) - 1000 - timing.latenessCreditMs;
  return Math.max(1, Math.floor(slackMs / 4));
}
