/**
 * The console as an operator runs it (`npm start`: node .next/standalone/console-server.js, one process) on an
 * embedded PGlite directory or a PostgreSQL database, for the crash-durability test (e2e/durability/). It can be
 * stopped gracefully (SIGTERM) or killed (SIGKILL: no exit handler runs, the PGlite lock file stays behind).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { DemoAccount } from "../../lib/auth/demo-accounts";
import { seedUsers } from "../../lib/auth/demo-users";
import { DEMO_CREDENTIALS } from "../../lib/config/ccc-env";
import { type DatabaseHandle, openDatabase } from "../../lib/db/client";
import { LOCK_FILE_NAME } from "../../lib/db/lock";
import { databaseUrlBeside, recreateDatabase } from "../instances/cluster";
import { type OnSpawn, ROOT, type RunningProcess, track, waitUntilUp } from "../instances/processes";

/** Where a console keeps its data, and how the test reads it once no console holds it. */
export interface Backend {
  kind: "pglite" | "postgres";
  /** DATABASE_URL, or PGLITE_DATA_DIR with DATABASE_URL blank. */
  env: Record<string, string>;
  /** The PGlite lock file a dead console leaves behind (undefined for PostgreSQL). */
  lockFile?: string;
  /** Opens the database in this process (for PGlite only while no console runs: the lock allows one process). */
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

async function seeded(backend: Backend, users: readonly DemoAccount[]): Promise<Backend> {
  const handle = await backend.open();
  try {
    await seedUsers(handle.db, users, DEMO_CREDENTIALS.sdkAppIds);
  } finally {
    await handle.close();
  }
  return backend;
}

/** A fresh PGlite directory under the system temp folder, migrated and with `users` in it. */
export function pgliteBackend(users: readonly DemoAccount[]): Promise<Backend> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "ccc-durability-"));
  return seeded(
    {
      kind: "pglite",
      env: { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
      lockFile: path.join(dataDir, LOCK_FILE_NAME),
      open: () => openDatabase({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    },
    users,
  );
}

/** `database` dropped and created afresh on the PostgreSQL server `serverUrl` points at, with `users` in it. */
export async function postgresBackend(
  serverUrl: string,
  database: string,
  users: readonly DemoAccount[],
): Promise<Backend> {
  await recreateDatabase(serverUrl, database);
  const url = databaseUrlBeside(serverUrl, database);
  return seeded(
    {
      kind: "postgres",
      env: { DATABASE_URL: url },
      open: () => openDatabase({ url, poolMax: 2 }),
      dispose: async () => {},
    },
    users,
  );
}

export interface ConsoleProcess extends RunningProcess {
  url: string;
  pid: number;
  /** From spawn until it answered a request (the database is opened and migrated before the first answer). */
  startMs: number;
  /** SIGKILL, as the kernel's OOM killer or a power cut would end it; resolves when the process is gone. */
  kill(): Promise<void>;
}

/** Starts the standalone server on `port` with `env` (the console's whole environment). */
export async function startStandaloneConsole(
  port: number,
  env: NodeJS.ProcessEnv,
  onSpawn: OnSpawn,
): Promise<ConsoleProcess> {
  const started = performance.now();
  const entry = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "standalone/console-server.js");
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
  });
  const proc = track(`console-server :${port}`, child);
  onSpawn(proc);
  const url = `http://127.0.0.1:${port}`;
  // The server listens before Next is ready, but holds every request until instrumentation opened the database.
  await waitUntilUp(proc, `${url}/favicon.svg`, 90_000);
  const startMs = Math.round(performance.now() - started);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    ...proc,
    url,
    pid: child.pid ?? 0,
    startMs,
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
