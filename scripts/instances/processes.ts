/**
 * Child processes for the several-instance test, the HTTP fuzzer and bench:load: the CCC emulator and the console's
 * production server, each a real process of its own, as they run in production. Stopped by their pid only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const HOST = "127.0.0.1";

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  /** The last lines it wrote to stderr (and stdout), for a failure message. */
  recentOutput(): string;
  stop(): Promise<void>;
}

export function track(name: string, child: ChildProcess): RunningProcess {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    child,
    recentOutput: () => lines.join("\n"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 2xx, the process exits, or `timeoutMs` passes. */
export async function waitUntilUp(proc: RunningProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(`${proc.name} exited with ${proc.child.exitCode}:\n${proc.recentOutput()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await proc.stop();
  throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs} ms:\n${proc.recentOutput()}`);
}

/** Called with each process as soon as it is spawned, so a caller can stop it even if it never comes up. */
export type OnSpawn = (proc: RunningProcess) => void;

export interface EmulatorProcessOptions {
  port: number;
  /** Requests per second per action the emulator accepts (20, CCC's; 0 = off). */
  rateLimit?: number;
  env: NodeJS.ProcessEnv;
}

/** The bundled emulator in its own process (Node with tsx's loader, so SIGTERM reaches the emulator itself). */
export async function startEmulatorProcess({ port, rateLimit = 20, env }: EmulatorProcessOptions, onSpawn: OnSpawn) {
  const args = ["--import", "tsx", "emulator/main.ts", "--port", String(port), "--rate-limit", String(rateLimit)];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    // No state file and no admin token: every run starts from the demo seed.
    env: { ...env, CCC_EMULATOR_STATE_FILE: "", CCC_EMULATOR_SEED_FILE: "", CCC_EMULATOR_ADMIN_TOKEN: "" },
  });
  const proc = track(`emulator :${port}`, child);
  onSpawn(proc);
  const url = `http://${HOST}:${port}`;
  await waitUntilUp(proc, `${url}/__admin/health`, 30_000);
  return { ...proc, url };
}

/**
 * The production server (`npm start`: the standalone build's console-server.js, NEXT_DIST_DIR) on `port`, as an
 * operator runs it — our HTTP server in front of Next's handler, with its shutdown and action-body guard.
 */
export async function startConsoleProcess(port: number, env: NodeJS.ProcessEnv, onSpawn: OnSpawn) {
  const server = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "standalone", "console-server.js");
  // CONSOLE_CPU_PROF_DIR: a V8 CPU profile of each instance, written when it stops (open it in Chrome DevTools).
  const profile = process.env.CONSOLE_CPU_PROF_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CONSOLE_CPU_PROF_DIR}`]
    : [];
  const child = spawn(process.execPath, [...profile, server], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, PORT: String(port), HOSTNAME: HOST },
  });
  const proc = track(`console :${port}`, child);
  onSpawn(proc);
  const url = `http://${HOST}:${port}`;
  await waitUntilUp(proc, `${url}/favicon.svg`, 90_000);
  return { ...proc, url };
}
