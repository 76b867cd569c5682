/**
 * Whether this instance can serve: the database answers, every migration this build ships has been applied, and
 * the CCC settings are valid. CCC itself is not called (a CCC outage must not take every console instance out of
 * the load balancer, and probes must not spend the account's 20 requests/second).
 *
 * Each check has its own time limit, so a database that hangs makes the probe answer "not ready" in time instead of
 * hanging the load balancer's request.
 */
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { type EnvSource, readCccConfig } from "@/lib/config/ccc-env";
import { type Db, queryRows } from "@/lib/db/client";

export const READINESS_CHECKS = ["database", "migrations", "cccConfig"] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];

export interface ReadinessDeps {
  db: () => Promise<Db>;
  /** The folder of this build's migrations (drizzle/). */
  migrationsDir: string;
  env: EnvSource;
  /** Per check (default 2 s). */
  timeoutMs?: number;
}

export interface Readiness {
  ready: boolean;
  checks: Record<ReadinessCheck, "ok" | "failed">;
  /** Why each failed check failed, for the server log only: never sent to the prober. */
  problems: Partial<Record<ReadinessCheck, string>>;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function checkDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** drizzle applies a file when it is newer than the newest recorded migration; the same rule says what is pending. */
async function checkMigrations(db: Db, migrationsDir: string): Promise<void> {
  const files = readMigrationFiles({ migrationsFolder: migrationsDir });
  const newest = files.at(-1);
  if (!newest) return;
  const rows = await queryRows<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const applied = Number(rows[0]?.created_at ?? 0);
  if (applied < newest.folderMillis) {
    const pending = files.filter((file) => file.folderMillis > applied).length;
    throw new Error(`${pending} migration(s) not applied`);
  }
}

async function settle(check: () => Promise<void>, timeoutMs: number): Promise<string | null> {
  try {
    await withTimeout(check(), timeoutMs);
    return null;
  } catch (error) {
    return describeFailure(error);
  }
}

/** drizzle wraps driver errors as "Failed query: …"; the driver's reason (ECONNREFUSED, …) is in the cause. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const reason = cause ? cause.message || ("code" in cause ? String(cause.code) : cause.name) : "";
  const message = error.message.split("\n")[0] ?? error.name;
  return reason ? `${message} (${reason})` : message;
}

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  const problems: Partial<Record<ReadinessCheck, string>> = {};
  const database = await settle(async () => checkDatabase(await deps.db()), timeoutMs);
  if (database) {
    problems.database = database;
    problems.migrations = "not checked: the database did not answer";
  } else {
    const migrations = await settle(async () => checkMigrations(await deps.db(), deps.migrationsDir), timeoutMs);
    if (migrations) problems.migrations = migrations;
  }
  const ccc = await settle(async () => void readCccConfig(deps.env), timeoutMs);
  if (ccc) problems.cccConfig = ccc;

  const checks = Object.fromEntries(
    READINESS_CHECKS.map((name) => [name, problems[name] === undefined ? "ok" : "failed"]),
  ) as Record<ReadinessCheck, "ok" | "failed">;
  return { ready: Object.keys(problems).length === 0, checks, problems };
}
