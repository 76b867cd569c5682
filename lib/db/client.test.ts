import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, type Db, defaultDataDir, getDatabase, getDb, openDatabase, queryRows } from "./client";
import { LOCK_FILE_NAME } from "./lock";
import { defaultMigrationsDir } from "./migrate";
import {
  freshPgliteDir,
  openTestPostgres,
  POSTGRES_SKIP_NOTE,
  TEST_DATABASE_URL,
  tempDir,
} from "./test-support/test-db";

const journal: { entries: { tag: string }[] } = JSON.parse(
  readFileSync(path.join(defaultMigrationsDir(), "meta", "_journal.json"), "utf8"),
);
const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? -1;
}

async function consoleTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

const TABLES = [
  "audit_events",
  "campaign_lists",
  "campaign_plans",
  "campaign_terminal_states",
  "ccc_rate_limit",
  "console_campaigns",
  "do_not_call",
  "do_not_call_versions",
  "idempotency_keys",
  "users",
];

describe("openDatabase [pglite]", () => {
  it("creates missing parents, applies every migration to an empty directory, and reopens without re-applying", async () => {
    const root = tempDir();
    cleanup.push(root);
    const dir = path.join(root, "nested", "twice", "pglite");
    const first = await openDatabase({ dataDir: dir });
    expect(first.kind).toBe("pglite");
    expect(first.location).toBe(dir);
    expect(await consoleTables(first.db)).toEqual(TABLES);
    expect(await appliedMigrations(first.db)).toBe(journal.entries.length);
    await first.db.execute(sql`insert into audit_events (user_email, action, outcome) values ('a@x', 't', 'ok')`);
    await first.close();
    await first.close(); // idempotent
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);

    const again = await openDatabase({ dataDir: dir });
    try {
      expect(await appliedMigrations(again.db)).toBe(journal.entries.length);
      expect(await queryRows(again.db, sql`select action from audit_events`)).toEqual([{ action: "t" }]);
    } finally {
      await again.close();
    }
  }, 120_000);

  it("fails clearly without migrations and releases the directory", async () => {
    const dir = await freshPgliteDir();
    cleanup.push(path.dirname(dir));
    await expect(openDatabase({ dataDir: dir, migrationsDir: path.join(dir, "nowhere") })).rejects.toThrow(
      `No database migrations found in ${path.join(dir, "nowhere")}`,
    );
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const handle = await openDatabase({ dataDir: dir });
    await handle.close();
  }, 60_000);
});

describe("getDb (process-wide instance)", () => {
  it("opens once from the environment and reuses it until closeDatabase", async () => {
    const dir = await freshPgliteDir();
    cleanup.push(path.dirname(dir));
    const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DATA_DIR };
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = dir;
    try {
      const [a, b] = await Promise.all([getDatabase(), getDatabase()]);
      expect(a).toBe(b);
      expect(a.location).toBe(dir);
      expect(await getDb()).toBe(a.db);
      await closeDatabase();
      expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
      const reopened = await getDatabase();
      expect(reopened).not.toBe(a);
      await closeDatabase();
    } finally {
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      if (saved.dir === undefined) delete process.env.PGLITE_DATA_DIR;
      else process.env.PGLITE_DATA_DIR = saved.dir;
    }
  }, 60_000);
});

describe("configuration", () => {
  it("resolves the data directory from PGLITE_DATA_DIR, then DATA_DIR, then ./.data", () => {
    expect(defaultDataDir({ PGLITE_DATA_DIR: "/srv/db", DATA_DIR: "/srv/data" })).toBe("/srv/db");
    expect(defaultDataDir({ DATA_DIR: "/srv/data" })).toBe("/srv/data/pglite");
    expect(defaultDataDir({})).toBe(path.join(process.cwd(), ".data", "pglite"));
  });

  it("reports a PostgreSQL location without the password", async () => {
    const handle = await openDatabase({ url: "postgres://app:s3cret@127.0.0.1:1/console", migrate: false });
    expect(handle.kind).toBe("postgres");
    expect(handle.location).toBe("postgres://app:***@127.0.0.1:1/console");
    await handle.close();
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  `openDatabase [postgres]${TEST_DATABASE_URL ? "" : ` — ${POSTGRES_SKIP_NOTE}`}`,
  () => {
    it("applies every migration to a new database", async () => {
      const test = await openTestPostgres();
      try {
        expect(test.handle.kind).toBe("postgres");
        expect(await consoleTables(test.handle.db)).toEqual(TABLES);
        expect(await appliedMigrations(test.handle.db)).toBe(journal.entries.length);
      } finally {
        await test.dispose();
      }
    });

    it("serialises migrations of instances starting together (advisory lock)", async () => {
      const test = await openTestPostgres({ migrate: false });
      const others = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ url: test.location, migrate: false, poolMax: 2 })),
      );
      try {
        await Promise.all(others.map((handle) => handle.migrate()));
        expect(await appliedMigrations(test.handle.db)).toBe(journal.entries.length);
        expect(await consoleTables(test.handle.db)).toEqual(TABLES);
      } finally {
        await Promise.all(others.map((handle) => handle.close()));
        await test.dispose();
      }
    });
  },
);
