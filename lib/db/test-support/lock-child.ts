/**
 * Child process for the lock tests (run with `node --import tsx`). Opens the PGlite directory given as argv[3].
 *   hold <dir>  open, commit a row into crash_probe, print {"ready":pid}, keep it open until stdin closes, then
 *               close and exit 0 (the SIGKILL test checks the committed row survives)
 *   open <dir>  try to open, print {"ok":true} or {"error":{name,message,pid}}, close, exit 0
 *   lock <dir> <at>  at time <at> (ms since epoch) take only the directory lock, print {"locked":pid} or the
 *               error, hold it until stdin closes (many children started together race for one stale lock)
 * Imports the implementation modules, not lib/db/index.ts, which is guarded by `server-only`.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "../client";
import { acquireDirectoryLock, DatabaseLockedError, sleepSync } from "../lock";

function report(error: unknown): void {
  const pid = error instanceof DatabaseLockedError ? error.pid : undefined;
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  process.stdout.write(`${JSON.stringify({ error: { name, message, pid } })}\n`);
}

function stdinClosed(): Promise<unknown> {
  process.stdin.resume();
  return new Promise((resolve) => process.stdin.on("end", resolve));
}

async function raceForLock(dataDir: string, at: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
  try {
    // All racers see the stale lock, then pause, so their takeovers overlap (a naive unlink-and-create would let
    // several of them "win").
    const lock = acquireDirectoryLock(dataDir, { beforeTakeover: () => sleepSync(300) });
    process.stdout.write(`${JSON.stringify({ locked: process.pid })}\n`);
    await stdinClosed();
    lock.release();
  } catch (error) {
    report(error);
  }
}

async function main(): Promise<void> {
  const [mode, dataDir, at] = process.argv.slice(2);
  if (mode === "lock" && dataDir) return raceForLock(dataDir, Number(at));
  if ((mode !== "hold" && mode !== "open") || !dataDir) throw new Error("usage: lock-child hold|open|lock <dir>");
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  try {
    handle = await openDatabase({ dataDir });
  } catch (error) {
    report(error);
    return;
  }
  if (mode === "open") {
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
    await handle.close();
    return;
  }
  await handle.db.execute(sql`create table if not exists crash_probe (pid int)`);
  await handle.db.execute(sql`insert into crash_probe values (${process.pid})`);
  process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
  await stdinClosed();
  await handle.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
