/**
 * The invalidation bus on real PostgreSQL (TEST_DATABASE_URL): two buses, as two console instances would have, tell
 * each other which scopes their writes touched; an instance does not hear its own; a lost listening connection is
 * reported and the bus listens again.
 */
import { Pool } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { POSTGRES_SKIP_NOTE, TEST_DATABASE_URL } from "../db/test-support/test-db";
import { createPostgresBus, INVALIDATION_CHANNEL, type PostgresBus } from "./invalidation-bus";
import type { AnnouncedRead } from "./read-cache";

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe.skipIf(!TEST_DATABASE_URL)(
  `createPostgresBus [postgres]${TEST_DATABASE_URL ? "" : ` — ${POSTGRES_SKIP_NOTE}`}`,
  () => {
    const url = TEST_DATABASE_URL ?? "";
    const opened: { bus: PostgresBus; pool: Pool }[] = [];
    afterEach(async () => {
      for (const { bus, pool } of opened.splice(0)) {
        await bus.close();
        await pool.end();
      }
    });

    function instance() {
      const pool = new Pool({ connectionString: url, max: 2 });
      const bus = createPostgresBus({ url, pool, reconnectMs: 50 });
      const heard: (readonly string[])[] = [];
      const asked: AnnouncedRead[] = [];
      let lost = 0;
      bus.subscribe(
        (scopes) => heard.push(scopes),
        () => {
          lost += 1;
        },
        (reads) => asked.push(...reads),
      );
      opened.push({ bus, pool });
      return { bus, pool, heard, asked, lost: () => lost };
    }

    it("a write published by one instance reaches the other, not itself", async () => {
      const a = instance();
      const b = instance();
      await Promise.all([a.bus.ready, b.bus.ready]);
      a.bus.publish(["1400000001#7", "1400000001#campaigns"]);
      await until(() => b.heard.length === 1);
      expect(b.heard).toEqual([["1400000001#7", "1400000001#campaigns"]]);
      // The publisher's own notification came back on its listening connection and was ignored.
      b.bus.publish(["1400000001#8"]);
      await until(() => a.heard.length === 1);
      expect(a.heard).toEqual([["1400000001#8"]]);
      expect(b.heard).toHaveLength(1);
    });

    it("an announced read reaches the other instance (not itself), without invalidating anything", async () => {
      const a = instance();
      const b = instance();
      await Promise.all([a.bus.ready, b.bus.ready]);
      const read = { action: "DescribeAgentCruiseDialingCampaign", request: { SdkAppId: 1400000001, CampaignId: 5 } };
      a.bus.announce(read);
      await until(() => b.asked.length === 1);
      expect(b.asked).toEqual([read]);
      a.bus.publish(["1400000001#5"]);
      await until(() => b.heard.length === 1);
      expect(b.heard).toEqual([["1400000001#5"]]);
      expect(a.asked).toEqual([]);
    });

    it("a killed listening connection is reported as lost, and the bus hears again once it listens again", async () => {
      const a = instance();
      const b = instance();
      await Promise.all([a.bus.ready, b.bus.ready]);
      await a.pool.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query = $1 and pid <> pg_backend_pid()",
        [`LISTEN ${INVALIDATION_CHANNEL}`],
      );
      // Both listeners were killed; each reports the loss, and again once listening (what came meanwhile is unknown).
      await until(() => a.lost() >= 2 && b.lost() >= 2);
      a.bus.publish(["1400000001#9"]);
      await until(() => b.heard.length === 1);
      expect(b.heard).toEqual([["1400000001#9"]]);
    });
  },
);
