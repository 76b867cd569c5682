import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES_SKIP_NOTE, TEST_DATABASE_URL } from "@/lib/db/test-support/test-db";
import {
  createMemoryThrottle,
  createPostgresThrottle,
  type LoginThrottle,
  MAX_FAILURES,
  THROTTLE_TABLE,
} from "./throttle";

function behavesLikeAThrottle(make: () => Promise<LoginThrottle>) {
  // Fresh keys per run: the PostgreSQL table outlives the test.
  const run = randomBytes(4).toString("hex");
  const keys = (account: string, ip: string) => ({ account: `${account}-${run}@example.test`, ip: `${ip}-${run}` });

  it(`blocks an account after ${MAX_FAILURES} failures for at most a minute`, async () => {
    const throttle = await make();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await throttle.blockedFor(keys("a", `ip${i}`))).toBeNull();
      await throttle.recordFailure(keys("a", `ip${i}`));
    }
    const wait = await throttle.blockedFor(keys("a", "other"));
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it("blocks an address across accounts, and success resets only the account", async () => {
    const throttle = await make();
    for (let i = 0; i < MAX_FAILURES; i++) await throttle.recordFailure(keys(`b${i}`, "shared"));
    expect(await throttle.blockedFor(keys("fresh", "shared"))).not.toBeNull();
    await throttle.recordSuccess(keys("fresh", "shared"));
    expect(await throttle.blockedFor(keys("fresh", "shared"))).not.toBeNull();
    expect(await throttle.blockedFor(keys("fresh", "elsewhere"))).toBeNull();
  });
}

describe("memory throttle", () => behavesLikeAThrottle(async () => createMemoryThrottle()));

describe.skipIf(!TEST_DATABASE_URL)(`PostgreSQL throttle ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_NOTE}`, () => {
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
  afterAll(async () => {
    await pool.query(`drop table if exists ${THROTTLE_TABLE}`).catch(() => undefined);
    await pool.end();
  });

  behavesLikeAThrottle(() => createPostgresThrottle(pool));

  it("shares counts between instances (two console servers)", async () => {
    const [one, two] = [await createPostgresThrottle(pool), await createPostgresThrottle(pool)];
    const key = { account: `shared-${randomBytes(4).toString("hex")}@example.test`, ip: "10.0.0.1" };
    for (let i = 0; i < MAX_FAILURES; i++) await (i % 2 ? one : two).recordFailure(key);
    expect(await one.blockedFor(key)).not.toBeNull();
    expect(await two.blockedFor(key)).not.toBeNull();
  });
});
