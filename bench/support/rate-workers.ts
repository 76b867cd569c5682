/**
 * For `npm run bench:rate`: console instances as separate processes (bench/rate-worker.ts), started together, and
 * a PostgreSQL database for the shared limiter (DATABASE_URL, or a throw-away server via scripts/pg-test-server.sh).
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { openDatabase } from "../../lib/db/client";
import type { WorkerPlan, WorkerResult } from "../rate-worker";

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * Nice value for the emulator and the instances (BENCH_RATE_NICE, default −10). They need little CPU but need it on
 * time: on a shared machine another job's burst would otherwise delay a request between limiter and emulator, and
 * that delay — not the limiter — would crowd 21 arrivals into a second. CCC does not share our CPU.
 */
export const BENCH_NICE = Number(process.env.BENCH_RATE_NICE ?? -10);

/**
 * Gives every thread of `pid` the bench's priority (or `nice`): on Linux a nice value is per thread, and Node's
 * GC and I/O helper threads, started before this, would keep the old one. False when not allowed (raising a
 * priority needs root or CAP_SYS_NICE).
 */
export function prioritize(pid: number | undefined, nice = BENCH_NICE): boolean {
  if (pid === undefined) return false;
  let threads: number[];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    threads = [pid];
  }
  try {
    for (const thread of threads) setPriority(thread, nice);
    return true;
  } catch {
    return false;
  }
}

interface RunningWorker {
  ready: Promise<Record<string, unknown>>;
  result: Promise<WorkerResult>;
  start(atEpochMs: number): void;
}

function startWorker(plan: WorkerPlan): RunningWorker {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/rate-worker.ts", JSON.stringify(plan)], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let onReady: (value: Record<string, unknown>) => void = () => {};
  let onResult: (value: WorkerResult) => void = () => {};
  const ready = new Promise<Record<string, unknown>>((resolve) => {
    onReady = resolve;
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    onResult = resolve;
    child.on("exit", (code) => reject(new Error(`rate worker exited (${code}) without a result`)));
  });
  let buffered = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const message = JSON.parse(buffered.slice(0, end)) as { ready?: Record<string, unknown>; result?: WorkerResult };
      buffered = buffered.slice(end + 1);
      // Reniced once running: by then Node has started the helper threads that must get the priority too.
      if (message.ready) onReady({ ...message.ready, reniced: prioritize(child.pid) });
      if (message.result) onResult(message.result);
    }
  });
  return { ready, result, start: (at) => child.stdin.end(`${at}\n`) };
}

/** Starts one process per plan, waits until all are connected, starts them at the same instant, returns results. */
export async function runWorkers(
  plans: WorkerPlan[],
): Promise<{ ready: Record<string, unknown>[]; results: WorkerResult[] }> {
  const workers = plans.map(startWorker);
  const ready = await Promise.all(workers.map((w) => w.ready));
  const at = Date.now() + 300;
  for (const worker of workers) worker.start(at);
  return { ready, results: await Promise.all(workers.map((w) => w.result)) };
}

export interface BenchDatabase {
  url: string;
  /** Where it came from, for the report. */
  source: string;
  close(): Promise<void>;
}

async function onServer<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * The local test server's postmaster, found as the parent of a backend (read while it lives); connections opened
 * after it is reniced inherit its priority. Its limiter queries otherwise stall behind the machine's load (round
 * trips of 20–60 ms at a load average of 10), and a slow grant departs late while the slot after it does not wait.
 */
async function testServerPostmaster(url: string): Promise<number | undefined> {
  return onServer(url, async (client) => {
    const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm has no spaces for postgres.
    const parent = Number(readFileSync(`/proc/${rows[0]?.pid}/stat`, "utf8").split(" ")[3]);
    return Number.isInteger(parent) && parent > 1 ? parent : undefined;
  });
}

/**
 * DATABASE_URL as given (migrated, as the console would at start), or a fresh migrated database on the throw-away
 * test server (at the bench's priority while it runs), dropped afterwards; the server is stopped again if this run
 * started it.
 */
export async function benchDatabase(): Promise<BenchDatabase> {
  const script = path.join(ROOT, "scripts", "pg-test-server.sh");
  const given = process.env.DATABASE_URL;
  if (given) {
    await (await openDatabase({ url: given })).close();
    return { url: given, source: "DATABASE_URL", close: async () => {} };
  }
  const wasRunning = spawnSync("bash", [script, "url"], { stdio: "ignore" }).status === 0;
  const started = spawnSync("bash", [script, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const serverUrl = /TEST_DATABASE_URL=(\S+)/.exec(started.stdout)?.[1];
  if (!serverUrl) throw new Error("scripts/pg-test-server.sh start did not print TEST_DATABASE_URL");
  const name = `bench_rate_${process.pid}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await (await openDatabase({ url: url.toString() })).close();
  const postmaster = await testServerPostmaster(serverUrl).catch(() => undefined);
  const original = postmaster === undefined ? 0 : getPriority(postmaster);
  const reniced = prioritize(postmaster);
  return {
    url: url.toString(),
    source: `scripts/pg-test-server.sh${reniced ? `, nice ${BENCH_NICE}` : ""}`,
    async close() {
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      if (reniced) prioritize(postmaster, original);
      if (!wasRunning) spawnSync("bash", [script, "stop"], { stdio: "ignore" });
    },
  };
}
