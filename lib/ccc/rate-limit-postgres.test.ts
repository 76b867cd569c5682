/**
 * The shared limiter on real PostgreSQL (TEST_DATABASE_URL; a fresh migrated database per run): two limiter
 * instances with their own pools, as two console servers would have, share one budget. Failing closed is tested
 * against a port nothing listens on, so it runs without a database too.
 */
import { createServer } from "node:net";
import { Pool } from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestPostgres, POSTGRES_SKIP_NOTE, TEST_DATABASE_URL, type TestDatabase } from "../db/test-support/test-db";
import { createCccClient } from "./client";
import type { CccRateLimiter } from "./rate-limit";
import {
  CCC_RATE_LIMIT_TABLE,
  createPostgresRateLimiter,
  measureClockSkew,
  skewToleranceMs,
} from "./rate-limit-postgres";
import { type CccTestServer, rejection, startCccTestServer, testConfig } from "./testing/ccc-test-server";

/** A loopback port that was free a moment ago: connecting to it is refused, like a PostgreSQL that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("createPostgresRateLimiter with PostgreSQL down", () => {
  let server: CccTestServer;
  let pool: Pool;
  beforeEach(async () => {
    server = await startCccTestServer();
    pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/none`, max: 1 });
  });
  afterEach(async () => {
    await pool.end();
    await server.close();
  });

  it("fails closed: rateLimiterFailed, and nothing reaches CCC", async () => {
    const ccc = createCccClient(testConfig(server.url), { limiter: createPostgresRateLimiter(pool) });
    const errors = await Promise.all([
      rejection(ccc.describeNumbers({ SdkAppId: 1400000001 })),
      rejection(ccc.pausePredictiveDialingCampaign({ SdkAppId: 1400000001, CampaignId: 1001 })),
    ]);
    for (const error of errors) expect(error).toMatchObject({ kind: "server", code: "InternalError.RateLimiter" });
    expect(errors[0]?.cause).toMatchObject({ code: "ECONNREFUSED" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("skewToleranceMs", () => {
  it("is a quarter of the slack the guard leaves after the lateness credit", () => {
    // 20 · 52 ms − 1000 = 40 ms of slack, 5 ms credit: (40 − 5) / 4.
    expect(skewToleranceMs()).toBe(8);
    // 20 · 55 − 1000 = 100, credit 5: 95 / 4.
    expect(skewToleranceMs({ guard: 0.1 })).toBe(23);
    // No slack at all still warns above 1 ms rather than at every start.
    expect(skewToleranceMs({ guard: 0 })).toBe(1);
  });
});

/** The most entries within any window [t, t + windowMs). */
function peak(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while ((sorted[j] as number) - (sorted[i] as number) >= windowMs) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

describe.skipIf(!TEST_DATABASE_URL)(
  `createPostgresRateLimiter [postgres]${TEST_DATABASE_URL ? "" : ` — ${POSTGRES_SKIP_NOTE}`}`,
  () => {
    let database: TestDatabase;
    const pools: Pool[] = [];
    const newPool = () => {
      const pool = new Pool({ connectionString: database.location, max: 2 });
      pools.push(pool);
      return pool;
    };
    beforeAll(async () => {
      database = await openTestPostgres();
    }, 60_000);
    afterAll(async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database?.dispose();
    });

    it("two instances with their own pools share one budget: ≤ perSecond in every sliding second", async () => {
      // 40/s with guard 0.5: 38 ms apart, so 41 grants span ≥ 1.5 s and only a half-second stall of this process
      // (other test files run alongside) could make the observed times look denser than the limiter made them.
      const settings = { perSecond: 40, guard: 0.5 };
      const instances: CccRateLimiter[] = [
        createPostgresRateLimiter(newPool(), settings),
        createPostgresRateLimiter(newPool(), settings),
      ];
      const grants: { instance: number; at: number }[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          instances[i % 2]
            ?.acquire("DescribeNumbers", { lane: "background" })
            .then(() => grants.push({ instance: i % 2, at: performance.now() })),
        ),
      );
      const times = grants.map((g) => g.at);
      expect(grants.filter((g) => g.instance === 0)).toHaveLength(25);
      expect(peak(times)).toBeLessThanOrEqual(40);
      // Spacing holds across instances: 50 grants take at least 49 gaps of 38 ms, less the 5 ms lateness credit
      // (two unshared limiters would be done in half that). Observed times are never earlier than the grants.
      expect(Math.max(...times) - started).toBeGreaterThanOrEqual(49 * 38 - 5);

      // The slots live in the table the migration made, one row per action.
      const { rows } = await newPool().query(`select key from ${CCC_RATE_LIMIT_TABLE}`);
      expect(rows).toEqual([{ key: "ccc:DescribeNumbers" }]);
    });

    it("a late write on one instance postpones the action's next turn on the other", async () => {
      const [a, b] = [createPostgresRateLimiter(newPool()), createPostgresRateLimiter(newPool())];
      await a.acquire("DescribeSkillGroupInfoList");
      const lateAt = performance.now();
      a.wroteLate?.("DescribeSkillGroupInfoList", 300);
      // The postponement is one UPDATE on the shared row; give it a moment to land before B asks.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await b.acquire("DescribeSkillGroupInfoList");
      // Without it B's turn would open 52 ms after A's; now 52 + 300 (the 20 ms pause included).
      expect(performance.now() - lateAt).toBeGreaterThanOrEqual(300);
    });

    it("measures this host's clock against the database's (same host: no skew beyond the round trip)", async () => {
      const { skewMs, uncertaintyMs } = await measureClockSkew(newPool());
      expect(uncertaintyMs).toBeGreaterThanOrEqual(0);
      expect(Math.abs(skewMs)).toBeLessThanOrEqual(uncertaintyMs + 2);
    });
  },
);
