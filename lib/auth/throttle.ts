/**
 * Login throttling: at most 5 failed sign-ins per minute per account and per client IP. Only failures count; a
 * successful sign-in clears the account's counter (not the IP's: one good password must not reset an attacker
 * cycling through other accounts from the same address).
 *
 * In memory for one process (the default); in PostgreSQL (table `login_throttle`, created by rate-limiter-flexible)
 * when DATABASE_URL is set, so several console instances behind a load balancer share the counts.
 */

import type { Pool } from "pg";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";

export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 60;
export const THROTTLE_TABLE = "login_throttle";

export interface ThrottleKeys {
  /** Normalized e-mail as typed (also for unknown accounts, so probing them is limited too). */
  account: string;
  ip: string;
}

export interface LoginThrottle {
  /** Seconds until another attempt is allowed, or null if it is allowed now. */
  blockedFor(keys: ThrottleKeys): Promise<number | null>;
  recordFailure(keys: ThrottleKeys): Promise<void>;
  recordSuccess(keys: ThrottleKeys): Promise<void>;
}

interface Limiters {
  account: RateLimiterAbstract;
  ip: RateLimiterAbstract;
}

function secondsLeft(limiter: RateLimiterAbstract, res: { consumedPoints: number; msBeforeNext: number } | null) {
  if (!res || res.consumedPoints < limiter.points) return null;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

function throttleFrom({ account, ip }: Limiters): LoginThrottle {
  return {
    async blockedFor(keys) {
      const [byAccount, byIp] = await Promise.all([account.get(keys.account), ip.get(keys.ip)]);
      const waits = [secondsLeft(account, byAccount), secondsLeft(ip, byIp)].filter((s): s is number => s !== null);
      return waits.length > 0 ? Math.max(...waits) : null;
    },
    async recordFailure(keys) {
      // penalty() adds a point without rejecting, so a failure is always recorded even past the limit.
      await Promise.all([account.penalty(keys.account, 1), ip.penalty(keys.ip, 1)]);
    },
    async recordSuccess(keys) {
      await account.delete(keys.account);
    },
  };
}

const LIMITS = { points: MAX_FAILURES, duration: WINDOW_SECONDS } as const;

export function createMemoryThrottle(): LoginThrottle {
  return throttleFrom({
    account: new RateLimiterMemory({ ...LIMITS, keyPrefix: "login-account" }),
    ip: new RateLimiterMemory({ ...LIMITS, keyPrefix: "login-ip" }),
  });
}

function postgresLimiter(pool: Pool, keyPrefix: string, tableCreated: boolean): Promise<RateLimiterPostgres> {
  const options = {
    ...LIMITS,
    keyPrefix,
    storeClient: pool,
    storeType: "pool",
    tableName: THROTTLE_TABLE,
    tableCreated,
  };
  // With tableCreated the library calls its ready-callback synchronously inside the constructor, so only the
  // creating limiter waits for the callback (then asynchronous, after CREATE TABLE IF NOT EXISTS).
  if (tableCreated) return Promise.resolve(new RateLimiterPostgres(options));
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(options, (error?: Error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

/** Both limiters share one table (rows are keyed by prefix); the first creates it, so they never race on DDL. */
export async function createPostgresThrottle(pool: Pool): Promise<LoginThrottle> {
  const account = await postgresLimiter(pool, "login-account", false);
  const ip = await postgresLimiter(pool, "login-ip", true);
  return throttleFrom({ account, ip });
}
