/**
 * `npm run demo`: builds the console, starts the bundled CCC emulator and the console on embedded defaults, and
 * prints where to go. Everything runs on loopback; stop with Ctrl-C.
 *
 * Flags: --no-build (reuse the last build). Env: PORT (console, default 3000), CCC_EMULATOR_PORT (default 4010).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS } from "../lib/auth/demo-accounts";
import { DEMO_CREDENTIALS } from "../lib/config/ccc-env";
import { topUpPendingCampaigns } from "./demo-top-up";

const root = path.resolve(__dirname, "..");
const consolePort = Number(process.env.PORT ?? 3000);
const emulatorPort = Number(process.env.CCC_EMULATOR_PORT ?? 4010);
const host = "127.0.0.1";
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: Record<string, string>, label: string): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (line: string) => `[${label}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) process.stdout.write(`${prefix(line)}\n`);
    });
  }
  child.on("exit", (code, signal) => {
    if (!shuttingDown) {
      console.error(prefix(`exited (${signal ?? code}); stopping the demo.`));
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code: number): void {
  shuttingDown = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

async function waitFor(url: string, init: RequestInit, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`${label} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The demo's session secret: random once per data directory and kept in .data/auth-secret (owner-only), so
 * signed-in sessions survive a demo restart. An AUTH_SECRET in the environment wins.
 */
function demoAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log("Building the console (npm run build)… use --no-build to skip.");
    const child = spawn("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code})`))));
  });
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!process.argv.includes("--no-build")) await build();

  const dataDir = path.join(root, ".data");
  mkdirSync(dataDir, { recursive: true });
  const emulatorUrl = `http://${host}:${emulatorPort}`;
  const cccEnv = {
    TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
    TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
    CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
  };

  // Node itself, not npx: a signal to the demo then reaches the servers directly, so none outlives it.
  run(
    process.execPath,
    [
      "--import",
      "tsx",
      "emulator/main.ts",
      "--port",
      String(emulatorPort),
      "--state-file",
      path.join(dataDir, "emulator.json"),
    ],
    cccEnv,
    "emulator",
  );
  await waitFor(`${emulatorUrl}/`, { method: "POST" }, "The CCC emulator");
  const toppedUp = [...(await topUpPendingCampaigns(emulatorUrl)).entries()];
  for (const [sdkAppId, count] of toppedUp) {
    console.log(`  App ${sdkAppId}: its demo campaigns had started; added ${count} pending ones to edit.`);
  }

  // The standalone server, as deployed (docs/operations.md); the database stays in .data/ (the working directory).
  const server = path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone", "console-server.js");
  if (!existsSync(server)) throw new Error(`${server} is missing: run the demo without --no-build once.`);
  run(
    process.execPath,
    [server],
    {
      ...cccEnv,
      PORT: String(consolePort),
      HOSTNAME: host,
      CCC_ENDPOINT: emulatorUrl,
      // Demo mode seeds the accounts below (lib/auth/demo-users.ts) into .data/pglite if they are missing.
      CONSOLE_DEMO: "1",
      AUTH_SECRET: demoAuthSecret(dataDir),
      AUTH_TRUST_HOST: "1",
      // One JSON line per CCC call is right for servers, noise for someone trying the demo.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    "console",
  );
  const consoleUrl = `http://${host}:${consolePort}`;
  await waitFor(consoleUrl, {}, "The console");

  console.log(
    [
      "",
      "  CCC campaign console (demo) is running.",
      `  Console:        ${consoleUrl}`,
      `  CCC emulator:   ${emulatorUrl}  (state kept in .data/emulator.json)`,
      `  Apps:           ${DEMO_CREDENTIALS.sdkAppIds.join(", ")}`,
      "  Sign in as (demo passwords, loopback only):",
      ...DEMO_ACCOUNTS.map(
        (account) => `    ${account.role.padEnd(11)} ${account.email.padEnd(22)} ${account.password}`,
      ),
      "  Manage users: stop the demo, then `npm run user -- list` (the server holds the embedded database).",
      "  Stop with Ctrl-C.",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  shutdown(1);
});
