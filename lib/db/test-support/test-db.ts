/**
 * Runs a repository suite against both backends: PGlite in a fresh temp directory per test file, and a fresh
 * PostgreSQL database per test file when TEST_DATABASE_URL is set (`bash scripts/pg-test-server.sh start`).
 *
 * A fresh PGlite directory costs 3–5 s of initdb on this machine, so the first file builds a migrated template
 * directory (cached in the OS temp dir, keyed by the migrations and the PGlite version) and every file copies it
 * (~0.5 s). The client test still migrates a truly empty directory.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { type DatabaseHandle, type Db, type DbKind, openDatabase } from "../client";
import { LOCK_FILE_NAME } from "../lock";
import { defaultMigrationsDir } from "../migrate";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const POSTGRES_SKIP_NOTE =
  'skipped: TEST_DATABASE_URL is not set (eval "$(bash scripts/pg-test-server.sh start)")';

export interface BackendContext {
  kind: DbKind;
  /** The open database; valid inside tests (opened in beforeAll). */
  db(): Db;
  handle(): DatabaseHandle;
}

/** Declares `body` once per backend, as "<title> [pglite]" and "<title> [postgres]". */
export function describeEachBackend(title: string, body: (ctx: BackendContext) => void): void {
  for (const kind of ["pglite", "postgres"] as const) {
    if (kind === "postgres" && !TEST_DATABASE_URL) {
      warnSkippedOnce();
      describe.skip(`${title} [postgres] — ${POSTGRES_SKIP_NOTE}`, () => body(unavailable(kind)));
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let opened: TestDatabase | undefined;
      beforeAll(async () => {
        opened = kind === "pglite" ? await openTestPglite() : await openTestPostgres();
      }, 120_000);
      afterAll(async () => {
        await opened?.dispose();
      }, 60_000);
      const handle = () => {
        if (!opened) throw new Error("test database not open yet");
        return opened.handle;
      };
      body({ kind, handle, db: () => handle().db });
    });
  }
}

let warned = false;
/** The default reporter does not print skipped suite names, so say it once per test file. */
function warnSkippedOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(`lib/db PostgreSQL variants ${POSTGRES_SKIP_NOTE}`);
}

function unavailable(kind: DbKind): BackendContext {
  const fail = (): never => {
    throw new Error("backend unavailable");
  };
  return { kind, db: fail, handle: fail };
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Where it lives: the PGlite directory or the PostgreSQL URL. */
  location: string;
  dispose(): Promise<void>;
}

/** A migrated PGlite database in a new temp directory, removed on dispose. */
export async function openTestPglite(): Promise<TestDatabase> {
  const dir = await freshPgliteDir();
  const handle = await openDatabase({ dataDir: dir });
  return {
    handle,
    location: dir,
    dispose: async () => {
      await handle.close();
      rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}

/** A new, migrated PostgreSQL database on the TEST_DATABASE_URL server, dropped on dispose. */
export async function openTestPostgres(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `console_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), migrate: options.migrate ?? true, poolMax: 4 });
  return {
    handle,
    location: url.toString(),
    dispose: async () => {
      await handle.close();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function admin(run: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** An empty temp directory; `<it>/db` is where a database may be created (the parent does not exist yet). */
export function tempDir(prefix = "console-db-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A copy of the migrated template, at `<new temp dir>/pglite`. */
export async function freshPgliteDir(): Promise<string> {
  const template = await pgliteTemplate();
  const dir = path.join(tempDir(), "pglite");
  cpSync(template, dir, { recursive: true });
  return dir;
}

async function pgliteTemplate(): Promise<string> {
  const folder = defaultMigrationsDir();
  const hash = createHash("sha256");
  // The package does not export ./package.json; its main entry sits in dist/, one level below it.
  const pgliteEntry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  hash.update(readFileSync(path.join(path.dirname(pgliteEntry), "..", "package.json")));
  for (const file of readdirSync(folder).sort()) {
    if (file.endsWith(".sql")) hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  hash.update(readFileSync(path.join(folder, "meta", "_journal.json")));
  const template = path.join(tmpdir(), `console-pglite-template-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(path.join(template, ".ready"))) return template;

  pruneOldTemplates(template);
  // Build beside it and rename into place: parallel test workers may both build; the first rename wins.
  const build = `${template}.build-${process.pid}-${randomBytes(4).toString("hex")}`;
  const handle = await openDatabase({ dataDir: build });
  await handle.close();
  rmSync(path.join(build, LOCK_FILE_NAME), { force: true });
  writeFileSync(path.join(build, ".ready"), "");
  try {
    renameSync(build, template);
  } catch {
    rmSync(build, { recursive: true, force: true });
  }
  if (!existsSync(path.join(template, ".ready"))) throw new Error(`PGlite template ${template} is incomplete`);
  return template;
}

/** Templates for older migrations pile up in the temp dir; drop those unused for a day (never a fresh one). */
function pruneOldTemplates(keep: string): void {
  const prefix = "console-pglite-template-";
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(tmpdir())) {
    const full = path.join(tmpdir(), name);
    if (!name.startsWith(prefix) || full === keep) continue;
    try {
      if (statSync(full).mtimeMs < dayAgo) rmSync(full, { recursive: true, force: true });
    } catch {
      // Another worker removed it first.
    }
  }
}
