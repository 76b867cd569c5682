import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openDatabase, queryRows } from "./client";
import { acquireDirectoryLock, DatabaseLockedError, type DirectoryLock, isPidAlive, LOCK_FILE_NAME } from "./lock";
import { freshPgliteDir, tempDir } from "./test-support/test-db";

const CHILD = path.join(__dirname, "test-support", "lock-child.ts");
const dirs: string[] = [];
const locks: DirectoryLock[] = [];
const children: ChildProcess[] = [];

function newDir(): string {
  const dir = tempDir("console-lock-test-");
  dirs.push(dir);
  return dir;
}

function expectedMessage(dir: string, pid: number): string {
  return (
    `The embedded database at ${dir} is already in use by process ${pid}. ` +
    "Stop that process, or set DATABASE_URL to use PostgreSQL."
  );
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ["-e", ""]);
  expect(isPidAlive(result.pid)).toBe(false);
  return result.pid;
}

function lockContent(dir: string): { pid: number } {
  return JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8"));
}

afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
});

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("acquireDirectoryLock (in process)", () => {
  it("writes our pid and removes the file on release", () => {
    const dir = newDir();
    const lock = acquireDirectoryLock(dir);
    expect(lockContent(dir).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    lock.release(); // idempotent
  });

  it("refuses a second lock on the same directory from the same process", () => {
    const dir = newDir();
    locks.push(acquireDirectoryLock(dir));
    expect(() => acquireDirectoryLock(dir)).toThrow(expectedMessage(dir, process.pid));
  });

  it("refuses a lock held by another live process", () => {
    const dir = newDir();
    const sleeper = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    children.push(sleeper);
    const pid = sleeper.pid ?? 0;
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, host: hostname(), token: "x" }));
    let thrown: unknown;
    try {
      acquireDirectoryLock(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseLockedError);
    expect((thrown as DatabaseLockedError).pid).toBe(pid);
    expect((thrown as Error).message).toBe(expectedMessage(dir, pid));
    sleeper.kill("SIGKILL");
  });

  it("takes over a stale lock whose process is dead (JSON or a bare pid)", () => {
    for (const content of [JSON.stringify({ pid: deadPid(), host: hostname(), token: "old" }), `${deadPid()}\n`]) {
      const dir = newDir();
      writeFileSync(path.join(dir, LOCK_FILE_NAME), content);
      locks.push(acquireDirectoryLock(dir));
      expect(lockContent(dir).pid).toBe(process.pid);
    }
  });

  it("takes over a lock with our own pid written by an earlier process (pid reuse after a crash)", () => {
    const dir = newDir();
    const stale = { pid: process.pid, host: hostname(), started: Date.now() - 3_600_000, token: "old" };
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify(stale));
    locks.push(acquireDirectoryLock(dir));
    expect(lockContent(dir)).not.toMatchObject({ token: "old" });
  });

  it("clears a takeover mutex left by a dead process", () => {
    const dir = newDir();
    writeFileSync(path.join(dir, LOCK_FILE_NAME), String(deadPid()));
    writeFileSync(path.join(dir, `${LOCK_FILE_NAME}.takeover`), String(deadPid()));
    locks.push(acquireDirectoryLock(dir));
    expect(lockContent(dir).pid).toBe(process.pid);
    expect(existsSync(path.join(dir, `${LOCK_FILE_NAME}.takeover`))).toBe(false);
  });

  it("refuses an unreadable lock file and a lock from another host, naming what to do", () => {
    const dir = newDir();
    writeFileSync(path.join(dir, LOCK_FILE_NAME), "garbage");
    expect(() => acquireDirectoryLock(dir)).toThrow(`its lock file ${path.join(dir, LOCK_FILE_NAME)} names no process`);
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: 4242, host: "elsewhere", token: "x" }));
    expect(() => acquireDirectoryLock(dir)).toThrow("in use by process 4242 on host elsewhere.");
  });

  it("release leaves a lock that is no longer ours alone", () => {
    const dir = newDir();
    const lock = acquireDirectoryLock(dir);
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: 4242, host: "elsewhere", token: "y" }));
    lock.release();
    expect(lockContent(dir).pid).toBe(4242);
  });
});

/** Starts lock-child.ts with tsx and resolves with its first JSON line. */
function runChild(
  mode: "hold" | "open" | "lock",
  dataDir: string,
  ...extra: string[]
): { child: ChildProcess; first: Promise<Record<string, unknown>> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, mode, dataDir, ...extra], {
    cwd: path.resolve(__dirname, "../.."),
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const first = new Promise<Record<string, unknown>>((resolve, reject) => {
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n").find((l) => l.startsWith("{"));
      if (line && stdout.includes("\n")) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`lock child exited (${code}) without output: ${stderr}`)));
  });
  return { child, first };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

describe("openDatabase on one PGlite directory from two processes", () => {
  it("a second process gets DatabaseLockedError with the clear message", async () => {
    const dir = await freshPgliteDir();
    dirs.push(path.dirname(dir));
    const handle = await openDatabase({ dataDir: dir });
    try {
      const { child, first } = runChild("open", dir);
      expect(await first).toEqual({
        error: { name: "DatabaseLockedError", message: expectedMessage(dir, process.pid), pid: process.pid },
      });
      expect(await exited(child)).toBe(0);
    } finally {
      await handle.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);

  it("refuses while another process holds it, and opens once that process closed the database", async () => {
    const dir = await freshPgliteDir();
    dirs.push(path.dirname(dir));
    const { child, first } = runChild("hold", dir);
    const childPid = (await first).ready;
    expect(childPid).toBe(child.pid);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(expectedMessage(dir, child.pid ?? 0));

    child.stdin?.end(); // the child closes its database and exits normally
    expect(await exited(child)).toBe(0);
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const handle = await openDatabase({ dataDir: dir });
    await handle.close();
  }, 60_000);

  it("takes over the lock of a process killed with SIGKILL, keeping what it committed", async () => {
    const dir = await freshPgliteDir();
    dirs.push(path.dirname(dir));
    const { child, first } = runChild("hold", dir);
    await first; // the child has committed a row into crash_probe
    child.kill("SIGKILL");
    await exited(child);
    expect(lockContent(dir).pid).toBe(child.pid); // left behind: SIGKILL runs no exit handler

    const handle = await openDatabase({ dataDir: dir });
    try {
      expect(lockContent(dir).pid).toBe(process.pid);
      expect(await queryRows(handle.db, sql`select pid from crash_probe`)).toEqual([{ pid: child.pid }]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});

describe("stale lock takeover race", () => {
  it("six processes racing for one stale lock: exactly one wins, the others name the winner", async () => {
    const dir = newDir();
    writeFileSync(path.join(dir, LOCK_FILE_NAME), String(deadPid()));
    // Every child waits for the same instant, so they contend instead of arriving one after another.
    const at = String(Date.now() + 4_000);
    const racers = Array.from({ length: 6 }, () => runChild("lock", dir, at));
    const results = await Promise.all(racers.map((racer) => racer.first));
    try {
      const winners = results.filter((result) => "locked" in result);
      expect(winners).toHaveLength(1);
      const winner = winners[0]?.locked;
      expect(lockContent(dir).pid).toBe(winner);
      for (const result of results.filter((r) => !("locked" in r))) {
        expect(result).toEqual({
          error: { name: "DatabaseLockedError", message: expectedMessage(dir, Number(winner)), pid: winner },
        });
      }
    } finally {
      for (const racer of racers) racer.child.stdin?.end();
      await Promise.all(racers.map((racer) => exited(racer.child)));
    }
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);
});
