/**
 * Opens the console's database: embedded PGlite by default, PostgreSQL (node-postgres pool) when DATABASE_URL is
 * set. Both expose the same drizzle `Db` type, so repositories and their tests run unchanged on either.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { acquireDirectoryLock } from "./lock";
import { defaultMigrationsDir, migrateEmbedded, migrateServer } from "./migrate";
import * as schema from "./schema";

/** The drizzle database both drivers satisfy. Repository functions take it as their first argument. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: DbKind;
  /** Where the data lives: the PGlite directory, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** Applies pending migrations (openDatabase already does unless `migrate: false`). */
  migrate(): Promise<void>;
  /** Closes the connection(s) and releases the PGlite directory lock. Idempotent. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string. Defaults to DATABASE_URL unless `dataDir` is given. */
  url?: string;
  /** PGlite data directory. Defaults to PGLITE_DATA_DIR, else `$DATA_DIR/pglite`, else `<cwd>/.data/pglite`. */
  dataDir?: string;
  /** Apply migrations before returning (default true). */
  migrate?: boolean;
  /** Folder with the generated migrations (default: see defaultMigrationsDir). */
  migrationsDir?: string;
  /** node-postgres pool size (default 10). */
  poolMax?: number;
}

/**
 * Raw SQL that returns rows, on either driver. `db.execute` is typed per driver (node-postgres QueryResult,
 * PGlite Results); both carry `rows`, which is all callers need.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function defaultDataDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.PGLITE_DATA_DIR) return path.resolve(env.PGLITE_DATA_DIR);
  return path.resolve(env.DATA_DIR || path.join(process.cwd(), ".data"), "pglite");
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  // An explicit dataDir means "embedded", even if DATABASE_URL happens to be set in the environment.
  const url = options.url ?? (options.dataDir === undefined ? process.env.DATABASE_URL || undefined : undefined);
  const folder = options.migrationsDir ?? defaultMigrationsDir();
  // Chosen at run time: without turbopackIgnore, `next build` would trace the whole project into the standalone output.
  const dataDir = path.resolve(/* turbopackIgnore: true */ options.dataDir ?? defaultDataDir());
  const handle = url ? openServer(url, folder, options.poolMax ?? 10) : await openEmbedded(dataDir, folder);
  if (options.migrate ?? true) {
    try {
      await handle.migrate();
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

async function openEmbedded(dataDir: string, folder: string): Promise<DatabaseHandle> {
  // PGlite's own mkdir is not recursive; create the whole path, then lock it before PGlite touches any file.
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDirectoryLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: "pglite",
    location: dataDir,
    migrate: () => migrateEmbedded(db, folder),
    close: once(async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock.release();
      }
    }),
  };
}

function openServer(url: string, folder: string, max: number): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max });
  let closing = false;
  // An idle client losing its connection (server restart) emits 'error' on the pool; unhandled, that would crash
  // the process. The pool drops the client and the next query reconnects.
  pool.on("error", (error) => {
    if (!closing) console.error("PostgreSQL idle connection error:", error.message);
  });
  const db = drizzleNodePg({ client: pool, schema });
  return {
    db,
    kind: "postgres",
    location: redactUrl(url),
    migrate: () => migrateServer(db, pool, folder),
    close: once(() => {
      closing = true;
      return pool.end();
    }),
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}

/** One database per process, kept on globalThis so Next dev's module reloads reuse it instead of reopening. */
const shared = globalThis as { __cccConsoleDatabase?: Promise<DatabaseHandle> };

/** The process-wide database, opened (and migrated) on first use from the environment's settings. */
export function getDatabase(): Promise<DatabaseHandle> {
  shared.__cccConsoleDatabase ??= openDatabase().catch((error: unknown) => {
    // Let a later call try again (e.g. after the other process holding the PGlite lock stopped).
    shared.__cccConsoleDatabase = undefined;
    throw error;
  });
  return shared.__cccConsoleDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Closes the process-wide database, if open (graceful shutdown, tests). */
export async function closeDatabase(): Promise<void> {
  const pending = shared.__cccConsoleDatabase;
  shared.__cccConsoleDatabase = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close();
}
