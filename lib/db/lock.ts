/**
 * One process per PGlite data directory. PGlite has no cross-process locking of its own, and two processes writing
 * the same directory corrupt it, so we keep a `console.lock` file (JSON with pid and host) in the directory.
 *
 * - The lock is created atomically with link(2) from a fully written temp file, so nobody ever reads a half-written
 *   lock.
 * - A lock whose pid is alive on this host means "in use": DatabaseLockedError. A dead pid means the owner crashed
 *   (or was killed with SIGKILL, which runs no exit handler): the lock is stale and is taken over.
 * - Taking over happens under a second lock file (`console.lock.takeover`), re-checking the content first, so two
 *   processes that both saw the same stale lock cannot both end up owning the directory.
 * - Released by `release()` (called from close) and, as a fallback, synchronously on process `exit`.
 */
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export const LOCK_FILE_NAME = "console.lock";

export class DatabaseLockedError extends Error {
  override readonly name = "DatabaseLockedError";
  /** `pid` is undefined when the lock file exists but does not name a process (written by hand?). */
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
    readonly host?: string,
  ) {
    const lockPath = path.join(dataDir, LOCK_FILE_NAME);
    const owner =
      pid === undefined
        ? `another process (its lock file ${lockPath} names no process; delete it if no console is running)`
        : host && host !== hostname()
          ? `process ${pid} on host ${host}`
          : `process ${pid}`;
    super(
      `The embedded database at ${dataDir} is already in use by ${owner}. ` +
        "Stop that process, or set DATABASE_URL to use PostgreSQL.",
    );
  }
}

export interface DirectoryLock {
  readonly lockPath: string;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  /** When the owning process started (ms since epoch); tells a reused pid from the same process. */
  started?: number;
  token: string;
}

/** This process's start time. process.uptime() is process-wide, also inside worker threads. */
function processStarted(): number {
  return Math.round(Date.now() - process.uptime() * 1000);
}

/** Locks held by this thread, on globalThis so a module reload (Next dev) still sees them. */
const shared = globalThis as { __cccConsoleDbLocks?: Map<string, string> };
shared.__cccConsoleDbLocks ??= new Map();
const held: Map<string, string> = shared.__cccConsoleDbLocks;

export interface AcquireOptions {
  /** Test hook: runs after a stale lock was seen and before taking it over, to widen the race window. */
  beforeTakeover?: () => void;
}

/** Takes the lock on `dataDir` (which must exist) or throws DatabaseLockedError. */
export function acquireDirectoryLock(dataDir: string, options: AcquireOptions = {}): DirectoryLock {
  const dir = path.resolve(dataDir);
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    started: processStarted(),
    token: randomBytes(8).toString("hex"),
  };
  const content = JSON.stringify(mine);

  // A few rounds: each round either wins, fails with a live owner, or clears a stale lock and tries again.
  for (let round = 0; round < 5; round++) {
    if (createExclusive(lockPath, content)) {
      held.set(lockPath, content);
      installExitHandler();
      return { lockPath, release: () => releaseLock(lockPath, content) };
    }
    const existing = readLock(lockPath);
    if (existing === undefined) continue; // released between our attempt and the read
    if (isOwnerAlive(existing.info, lockPath)) {
      throw new DatabaseLockedError(dir, existing.info?.pid, existing.info?.host);
    }
    options.beforeTakeover?.();
    takeOverStale(lockPath, existing.raw);
  }
  throw new Error(`Could not lock the embedded database at ${dir}: the lock file ${lockPath} keeps changing.`);
}

/** Creates `file` with `content` only if it does not exist; the content is complete before the name appears. */
function createExclusive(file: string, content: string): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, content, { mode: 0o644 });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function readLock(file: string): { raw: string; info: LockInfo | undefined } | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
  return { raw, info: parseLock(raw) };
}

function parseLock(raw: string): LockInfo | undefined {
  // A bare pid is accepted too, for a lock written by hand or by an older version.
  if (/^\s*[1-9]\d*\s*$/.test(raw)) return { pid: Number(raw), host: "", token: "" };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const { pid, host, started, token } = value as Record<string, unknown>;
    if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0) return undefined;
    return {
      pid,
      host: typeof host === "string" ? host : "",
      started: typeof started === "number" ? started : undefined,
      token: typeof token === "string" ? token : "",
    };
  } catch {
    return undefined;
  }
}

function isOwnerAlive(info: LockInfo | undefined, lockPath: string): boolean {
  // Unreadable content cannot come from this module (atomic create): someone wrote it by hand. Refuse to guess.
  if (info === undefined) return true;
  // We cannot probe a pid on another host (shared volume): assume it is alive.
  if (info.host !== "" && info.host !== hostname()) return true;
  if (info.pid === process.pid) {
    // Our own pid: this process (this or another worker thread) holds it, or a previous process had the same pid
    // (pid 1 in a container restarted after a crash) and the lock is stale. The start time tells them apart.
    if (held.has(lockPath) || info.started === undefined) return true;
    return Math.abs(info.started - processStarted()) < 500;
  }
  return isPidAlive(info.pid);
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errnoCode(error) === "EPERM";
  }
}

function takeOverStale(lockPath: string, staleRaw: string): void {
  const mutex = `${lockPath}.takeover`;
  const me: LockInfo = { pid: process.pid, host: hostname(), started: processStarted(), token: "" };
  if (!createExclusive(mutex, JSON.stringify(me))) {
    // Another process is taking over right now, or died doing so (a tiny window): clear a dead one's mutex.
    const other = readLock(mutex);
    if (other !== undefined && !isOwnerAlive(other.info, mutex)) removeIfSame(mutex, other.raw);
    else sleepSync(25); // let the other process finish; the next round then finds its (live) lock
    return;
  }
  try {
    removeIfSame(lockPath, staleRaw);
  } finally {
    unlinkSync(mutex);
  }
}

function removeIfSame(file: string, expected: string): void {
  if (readLock(file)?.raw !== expected) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw error;
  }
}

function releaseLock(lockPath: string, content: string): void {
  if (held.get(lockPath) !== content) return;
  held.delete(lockPath);
  removeIfSame(lockPath, content);
}

function installExitHandler(): void {
  const g = globalThis as { __cccConsoleDbLockExitHook?: boolean };
  if (g.__cccConsoleDbLockExitHook) return;
  g.__cccConsoleDbLockExitHook = true;
  // Synchronous on purpose: `exit` listeners cannot await. Signals without a handler skip this; the next start
  // then finds a dead pid and takes the lock over.
  process.on("exit", () => {
    for (const [lockPath, content] of held) {
      try {
        removeIfSame(lockPath, content);
      } catch {
        // Nothing useful to do while exiting; a leftover lock is detected as stale next time.
      }
    }
    held.clear();
  });
}

/** Lock acquisition is synchronous (it runs before PGlite opens); a short blocking wait keeps it so. */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
