/**
 * Measures saving and loading a 100,000-number callee list through lib/db/campaign-lists.ts, on a throw-away
 * PGlite directory and, when TEST_DATABASE_URL is set, a throw-away PostgreSQL database.
 *
 *   npx tsx scripts/db-measure-campaign-lists.ts [count] [rounds]
 *
 * Prints stored size, and median/max save and load times. Not a test: timings depend on the machine.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { latestCampaignLists, saveCampaignLists } from "../lib/db/campaign-lists";
import { type DatabaseHandle, openDatabase, queryRows } from "../lib/db/client";

function randomNumbers(count: number): string[] {
  return Array.from(
    { length: count },
    () => `+861${3 + Math.floor(Math.random() * 7)}${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
  );
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return `median ${median.toFixed(0)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms`;
}

async function measure(handle: DatabaseHandle, callees: string[], rounds: number): Promise<void> {
  const saves: number[] = [];
  const loads: number[] = [];
  let stored = 0;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    const saved = await saveCampaignLists(handle.db, {
      kind: "predictive",
      sdkAppId: 1400000001,
      campaignId: 1,
      submittedBy: randomUUID(),
      callees,
      callers: ["+862160000001"],
    });
    saves.push(performance.now() - start);
    stored = saved.storedBytes;
    start = performance.now();
    const loaded = await latestCampaignLists(handle.db, { kind: "predictive", sdkAppId: 1400000001, campaignId: 1 });
    loads.push(performance.now() - start);
    if (loaded?.callees.length !== callees.length || loaded.callees.at(-1) !== callees.at(-1)) {
      throw new Error("round trip mismatch");
    }
  }
  const [size] = await queryRows<{ bytes: number }>(
    handle.db,
    sql`select pg_column_size(callees_gzip)::int as bytes from campaign_lists order by id desc limit 1`,
  );
  const raw = callees.join("\n").length;
  console.log(
    `${handle.kind.padEnd(8)} ${callees.length} numbers: text ${(raw / 1024).toFixed(0)} KiB → stored ` +
      `${(stored / 1024).toFixed(0)} KiB (pg_column_size ${((size?.bytes ?? 0) / 1024).toFixed(0)} KiB); ` +
      `save ${stats(saves)}; load ${stats(loads)}`,
  );
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const rounds = Number(process.argv[3] ?? 7);
  const callees = randomNumbers(count);

  const dir = mkdtempSync(path.join(tmpdir(), "console-measure-"));
  const embedded = await openDatabase({ dataDir: path.join(dir, "pglite") });
  try {
    await measure(embedded, callees, rounds);
  } finally {
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log("postgres skipped: set TEST_DATABASE_URL (bash scripts/pg-test-server.sh start)");
    return;
  }
  const name = `console_measure_${process.pid}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const server = await openDatabase({ url: target.toString() });
  try {
    await measure(server, callees, rounds);
  } finally {
    await server.close();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
