/**
 * Readiness against real databases (PGlite and PostgreSQL) and the real migration files; the failures use real
 * broken things where they exist (an unreachable PostgreSQL, a build with a migration the database lacks, bad CCC
 * settings) and a fake only for a database that hangs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import { type Db, openDatabase } from "@/lib/db/client";
import { defaultMigrationsDir } from "@/lib/db/migrate";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { checkReadiness } from "./readiness";

const CCC_ENV = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  CCC_SDK_APP_ID: "1400000001",
};

/** This build's migrations plus one more, as a newer build would ship before its instances migrated. */
function migrationsWithOneMore(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ready-migrations-"));
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { when: number; tag: string }[] };
  const last = journal.entries.at(-1);
  journal.entries.push({ ...(last ?? { when: 0, tag: "" }), when: (last?.when ?? 0) + 1000, tag: "9999_future" });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(path.join(dir, "9999_future.sql"), "select 1;");
  return dir;
}

const futureMigrations = migrationsWithOneMore();
afterAll(() => rmSync(futureMigrations, { recursive: true, force: true }));

describeEachBackend("checkReadiness", ({ db }) => {
  it("is ready on a migrated database with valid CCC settings", async () => {
    expect(await checkReadiness({ db: async () => db(), migrationsDir: defaultMigrationsDir(), env: CCC_ENV })).toEqual(
      { ready: true, checks: { database: "ok", migrations: "ok", cccConfig: "ok" }, problems: {} },
    );
  });

  it("is not ready when the build has a migration the database lacks", async () => {
    const result = await checkReadiness({ db: async () => db(), migrationsDir: futureMigrations, env: CCC_ENV });
    expect(result).toEqual({
      ready: false,
      checks: { database: "ok", migrations: "failed", cccConfig: "ok" },
      problems: { migrations: "1 migration(s) not applied" },
    });
  });

  it("is not ready with invalid CCC settings, naming the variable in the problem (for the log)", async () => {
    const { TENCENTCLOUD_SECRET_KEY: _key, ...env } = CCC_ENV;
    const result = await checkReadiness({ db: async () => db(), migrationsDir: defaultMigrationsDir(), env });
    expect(result.checks).toEqual({ database: "ok", migrations: "ok", cccConfig: "failed" });
    expect(result.problems.cccConfig).toBe("Invalid CCC configuration: TENCENTCLOUD_SECRET_KEY is required");
  });
});

describe("checkReadiness without a database", () => {
  it("is not ready when PostgreSQL cannot be reached", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const handle = await openDatabase({ url: "postgres://console@127.0.0.1:1/console", migrate: false, poolMax: 1 });
    try {
      const result = await checkReadiness({
        db: async () => handle.db,
        migrationsDir: defaultMigrationsDir(),
        env: CCC_ENV,
      });
      expect(result.ready).toBe(false);
      expect(result.checks).toEqual({ database: "failed", migrations: "failed", cccConfig: "ok" });
      expect(result.problems.database).toMatch(/ECONNREFUSED/);
    } finally {
      await handle.close();
    }
  });

  it("answers in time when the database hangs", async () => {
    const hanging = { execute: () => new Promise(() => {}) } as unknown as Db;
    const result = await checkReadiness({
      db: async () => hanging,
      migrationsDir: defaultMigrationsDir(),
      env: CCC_ENV,
      timeoutMs: 50,
    });
    expect(result.checks.database).toBe("failed");
    expect(result.problems.database).toBe("no answer within 50 ms");
  });

  it("is not ready when the database cannot be opened at all", async () => {
    const result = await checkReadiness({
      db: () => Promise.reject(new Error("PGlite directory is locked by process 123")),
      migrationsDir: defaultMigrationsDir(),
      env: CCC_ENV,
    });
    expect(result.checks).toEqual({ database: "failed", migrations: "failed", cccConfig: "ok" });
  });
});
