/**
 * The deployable artifacts as their own processes, the way an operator runs them: the standalone console server
 * and user CLI (`npm run build`) and the bundled emulator (`npm run build:emulator`), each started with `node`.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";

const root = path.resolve(__dirname, "../..");
export const STANDALONE_DIR = path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone");
const EMULATOR_BUNDLE = path.join(root, "dist/ccc-emulator.js");

/** Credentials both sides agree on; the emulator accepts only these. */
const CCC_ENV = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  TENCENTCLOUD_SESSION_TOKEN: "",
  CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
};

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when the process ended. */
  at: number;
}

export class RunningProcess {
  private text = "";
  readonly exited: Promise<Exit>;
  private ended: Exit | undefined;

  constructor(readonly child: ChildProcess) {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        this.text += chunk;
      });
    }
    this.exited = new Promise((resolve) => {
      child.on("exit", (code, signal) => {
        this.ended = { code, signal, at: performance.now() };
        resolve(this.ended);
      });
    });
  }

  output(): string {
    return this.text;
  }

  /** Waits for a line of output matching `pattern`; fails if the process ends first. */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const match = pattern.exec(this.text);
      if (match) return match;
      if (this.ended) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No output matching ${pattern} (${this.ended ? "process exited" : "timed out"}):\n${this.text}`);
  }

  /** Ends the process if it still runs (cleanup after a failed test). */
  kill(): void {
    if (!this.ended) this.child.kill("SIGKILL");
  }
}

function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return file;
}

function runNode(script: string, args: string[], cwd: string, env: Record<string, string>): RunningProcess {
  return new RunningProcess(spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env } }));
}

/** The bundled emulator on a free loopback port, from its demo seed. */
export async function startEmulator(cwd: string): Promise<{ process: RunningProcess; url: string }> {
  const bundle = requireFile(EMULATOR_BUNDLE, "run `npm run build:emulator` first");
  const emulator = runNode(bundle, ["--port", "0"], cwd, {
    ...CCC_ENV,
    CCC_EMULATOR_STATE_FILE: "",
    CCC_EMULATOR_SEED_FILE: "",
    CCC_EMULATOR_ADMIN_TOKEN: "",
  });
  const [, url] = await emulator.waitFor(/CCC emulator listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return { process: emulator, url: url ?? "" };
}

export interface ConsoleOptions {
  cwd: string;
  dataDir: string;
  emulatorUrl: string;
  env?: Record<string, string>;
}

function consoleEnv(options: ConsoleOptions): Record<string, string> {
  return {
    ...CCC_ENV,
    CCC_ENDPOINT: options.emulatorUrl,
    CCC_READ_FRESH_MS: "0",
    PGLITE_DATA_DIR: options.dataDir,
    DATABASE_URL: "",
    CONSOLE_DEMO: "",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
}

/** `node console-server.js` from the standalone folder, on a free loopback port; resolves once it listens. */
export async function startConsole(options: ConsoleOptions): Promise<{ process: RunningProcess; url: string }> {
  const entry = requireFile(path.join(STANDALONE_DIR, "console-server.js"), "run `npm run build` first");
  const server = runNode(entry, [], options.cwd, {
    ...consoleEnv(options),
    PORT: "0",
    HOSTNAME: "127.0.0.1",
    AUTH_SECRET: "standalone-test-only-secret-0123456789abcdefghij",
    AUTH_TRUST_HOST: "1",
    LOG_LEVEL: "info",
  });
  const [, url] = await server.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"console listening"/);
  return { process: server, url: url ?? "" };
}

/** Runs the standalone folder's user CLI (`node console-user.js …`) against the same database. */
export async function consoleUser(options: ConsoleOptions, args: string[]): Promise<string> {
  const cli = requireFile(path.join(STANDALONE_DIR, "console-user.js"), "run `npm run build` first");
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...consoleEnv(options) },
  });
  return stdout;
}
