/**
 * Benchmark: the do-not-call check (lib/do-not-call) with 1,000,000 numbers on an app's list, checking 100,000
 * callees, on a real PostgreSQL server (scripts/pg-test-server.sh, or BENCH_DATABASE_URL / TEST_DATABASE_URL).
 * It drives SuppressionCache.suppress — what the server's suppressCallees() runs, minus getDb() — with its own Db.
 *
 * Figures: cold (a fresh instance: the list is loaded and indexed), warm (the version check plus 100,000 lookups),
 * and two baselines measured in the same run: the same check against an app whose list is empty, and the check
 * done in SQL instead (`phone = any(…)` against the table's primary key), which is what a console without the
 * in-memory copy would do on every create. Goal: warm ≤ 200 ms. Writes bench/results/suppression.json.
 * Run: npm run bench:suppression
 */
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase } from "../lib/db/client";
import { addDoNotCall } from "../lib/db/do-not-call";
import { SuppressionCache } from "../lib/do-not-call/suppression-cache";
import { printTable, round, writeBenchResult } from "./support/measure";
import { fullGc, MB } from "./support/memory";
import { postgres } from "./support/postgres-server";
import { seededRandom } from "./support/seeded-random";
import { summarize } from "./support/timing";

const LISTED = 1_000_000;
const CALLEES = 100_000;
/** Share of the callees that are on the list. */
const LISTED_SHARE = 0.1;
const GOAL_WARM_MS = 200;
const ROUNDS = 7;
const APP = 1400000001;
const EMPTY_APP = 1400000002;

/** Distinct CN mobile numbers +8613… whose last 9 digits are offset + 7i: offsets 0 and 3 never meet. */
function numbers(count: number, offset: number): string[] {
  return Array.from({ length: count }, (_, i) => `+8613${String(offset + i * 7).padStart(9, "0")}`);
}

function callees(listed: readonly string[]): string[] {
  const random = seededRandom(42);
  const unlisted = numbers(CALLEES, 3); // offset 3: never a multiple of 7, so never on the list
  return unlisted.map((phone) =>
    random() < LISTED_SHARE ? (listed[Math.floor(random() * listed.length)] as string) : phone,
  );
}

/** JS heap plus ArrayBuffer memory (the list's Float64Array lives outside the heap). */
function heldBytes(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

async function rounds(run: () => Promise<unknown>): Promise<ReturnType<typeof summarize>> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) samples.push((await timed(run)).ms);
  return summarize(samples, samples);
}

async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `console_bench_dnc_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function main(): Promise<void> {
  const pg = postgres();
  const database = await freshDatabase(pg.url);
  const handle = await openDatabase({ url: database.url, migrate: true, poolMax: 4 });
  try {
    const db = handle.db;
    const listed = numbers(LISTED, 0);
    const actor = { id: randomUUID(), email: "bench@test.local" };
    const imported = await timed(async () => {
      for (let i = 0; i < LISTED; i += 100_000) {
        await addDoNotCall(db, { sdkAppId: APP, phones: listed.slice(i, i + 100_000), note: "bench", actor });
      }
    });
    const list = callees(listed);

    fullGc();
    const heapBefore = heldBytes();
    const cache = new SuppressionCache();
    const cold = await timed(() => cache.suppress(db, APP, list));
    fullGc();
    const heapHeld = heldBytes() - heapBefore;
    const warm = await rounds(() => cache.suppress(db, APP, list));
    const empty = await rounds(() => cache.suppress(db, EMPTY_APP, list));
    const inSql = await rounds(() =>
      db.execute(sql`select phone from do_not_call where sdk_app_id = ${APP}
        and phone = any(string_to_array(${list.join("\n")}, E'\n'))`),
    );
    const check = await cache.suppress(db, APP, list);
    const suppressedInSql = (
      (await db.execute(sql`select count(*)::int as n from do_not_call where sdk_app_id = ${APP}
        and phone = any(string_to_array(${[...new Set(list)].join("\n")}, E'\n'))`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n;
    const suppressedUnique = new Set(check.suppressed.map((entry) => entry.phone)).size;

    const met = warm.median <= GOAL_WARM_MS && suppressedUnique === suppressedInSql;
    printTable([
      { case: "cold: load 1M + check 100k", medianMs: round(cold.ms), p90Ms: "" },
      { case: "warm: check 100k (1M listed)", medianMs: round(warm.median), p90Ms: round(warm.p90) },
      { case: "baseline: check 100k, empty list", medianMs: round(empty.median), p90Ms: round(empty.p90) },
      { case: "baseline: check 100k in SQL", medianMs: round(inSql.median), p90Ms: round(inSql.p90) },
    ]);
    const summary =
      `1M listed, 100k checked on PostgreSQL: warm ${round(warm.median, 1)} ms (goal ≤ ${GOAL_WARM_MS}), ` +
      `cold ${round(cold.ms, 0)} ms, empty list ${round(empty.median, 1)} ms, in SQL ${round(inSql.median, 0)} ms ` +
      `(${round(inSql.median / warm.median, 1)}× the warm check); ${check.suppressed.length} suppressed, ` +
      `held ${round(heapHeld / MB, 1)} MB — ${met ? "met" : "NOT met"}`;
    console.log(`\n${summary}`);
    const file = writeBenchResult("suppression", {
      figures: {
        database: "PostgreSQL (scripts/pg-test-server.sh)",
        listed: LISTED,
        checked: CALLEES,
        suppressed: check.suppressed.length,
        suppressedUniqueMatchesSql: suppressedUnique === suppressedInSql,
        import1MMs: round(imported.ms),
        coldMs: round(cold.ms),
        warmMedianMs: round(warm.median),
        warmP90Ms: round(warm.p90),
        warmSamplesMs: warm.samples.map((ms) => round(ms)),
        emptyListMedianMs: round(empty.median),
        sqlLookupMedianMs: round(inSql.median),
        warmVsSqlRatio: round(inSql.median / warm.median),
        heapHeldMB: round(heapHeld / MB),
      },
      met,
      summary,
    });
    console.log(`wrote ${file}`);
    if (!met) process.exitCode = 1;
  } finally {
    await handle.close();
    await database.drop();
    pg.stop();
  }
}

void main();
