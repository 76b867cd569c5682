/**
 * Applies the generated SQL migrations in `drizzle/` with drizzle's own migrators (one per driver; both record
 * what ran in drizzle.__drizzle_migrations). Called by openDatabase at server start.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Pool } from "pg";
import type * as schema from "./schema";

type Schema = typeof schema;

/**
 * Where the migration files are: DRIZZLE_MIGRATIONS_DIR, else `drizzle/` under the working directory. Not resolved
 * from this module's own path, because Next bundles server code into `.next/` and that path would move with it.
 */
export function defaultMigrationsDir(): string {
  // A run-time path, so not traced (turbopackIgnore); next.config.js adds drizzle/ to the standalone output itself.
  return path.resolve(
    /* turbopackIgnore: true */ process.env.DRIZZLE_MIGRATIONS_DIR || path.join(process.cwd(), "drizzle"),
  );
}

function checkFolder(folder: string): void {
  if (!existsSync(path.join(folder, "meta", "_journal.json"))) {
    throw new Error(
      `No database migrations found in ${folder} (meta/_journal.json is missing). ` +
        "Run the console from the project directory or set DRIZZLE_MIGRATIONS_DIR.",
    );
  }
}

export async function migrateEmbedded(db: PgliteDatabase<Schema>, folder = defaultMigrationsDir()): Promise<void> {
  checkFolder(folder);
  // The directory lock guarantees a single process, so no further coordination is needed.
  await migratePglite(db, { migrationsFolder: folder });
}

/** An arbitrary constant naming "console migrations" among advisory locks. */
const MIGRATION_LOCK_KEY = "7310420195511094211";

/**
 * Several console instances may start together against one PostgreSQL. drizzle's migrator takes no lock (two
 * instances would race on CREATE SCHEMA and apply a migration twice), so a session advisory lock on a dedicated
 * connection serialises them; the second one then finds everything applied.
 */
export async function migrateServer(
  db: NodePgDatabase<Schema>,
  pool: Pool,
  folder = defaultMigrationsDir(),
): Promise<void> {
  checkFolder(folder);
  const lockClient = await pool.connect();
  try {
    await lockClient.query("select pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(db, { migrationsFolder: folder });
    } finally {
      await lockClient.query("select pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lockClient.release();
  }
}
