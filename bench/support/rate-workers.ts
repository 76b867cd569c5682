/**
 * For `npm run bench:rate`: console instances as separate processes (bench/rate-worker.ts), started together, and
 * a PostgreSQL database for the shared limiter (DATABASE_URL, or a throw-away server via scripts/pg-test-server.sh).
 */
import { spawn, spawnSync } from "node:child_process";
import { setPriority } from "node:os";
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

/** Gives `pid` the bench's priority; false when not allowed (raising priority needs root or CAP_SYS_NICE). */
export function prioritize(pid: number | undefined): boolean {
  if (pid === undefined || BENCH_NICE === 0) return false;
  try {
    setPriority(pid, BENCH_NICE);
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
  prioritize(child.pid);
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
      if (message.ready) onReady(message.ready);
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

async function onServer(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL as given (migrated, as the console would at start), or a fresh migrated database on the throw-away
 * test server, dropped afterwards; the server is stopped again if this run started it.
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
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await (await openDatabase({ url: url.toString() })).close();
  return {
    url: url.toString(),
    source: "scripts/pg-test-server.sh",
    async close() {
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (!wasRunning) spawnSync("bash", [script, "stop"], { stdio: "ignore" });
    },
  };
}
