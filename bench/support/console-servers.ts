/**
 * Starts the production console the way the e2e suite does (scripts/e2e-server.ts: its own throw-away PGlite with
 * the e2e accounts, `next start` in-process) next to the bundled CCC emulator, on loopback ports of their own
 * (BENCH_APP_PORT, default 3190; BENCH_EMULATOR_PORT, default 4190; the app's control port is the app port + 1).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { DEMO_CREDENTIALS } from "../../lib/config/ccc-env";
import { ROOT } from "./next-build";

export interface ConsoleServers {
  appUrl: string;
  emulatorUrl: string;
  stop: () => void;
}

const cccEnv = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  TENCENTCLOUD_SESSION_TOKEN: "",
  CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
};

function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn("npx", ["tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stop() ends npx, tsx and the server together.
    detached: true,
  });
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startConsoleServers(): Promise<ConsoleServers> {
  const appPort = Number(process.env.BENCH_APP_PORT ?? 3190);
  const emulatorPort = Number(process.env.BENCH_EMULATOR_PORT ?? 4190);
  const appUrl = `http://127.0.0.1:${appPort}`;
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const children = [
    start(["emulator/main.ts", "--port", String(emulatorPort)], {
      ...cccEnv,
      CCC_EMULATOR_STATE_FILE: "",
      CCC_EMULATOR_SEED_FILE: "",
      CCC_EMULATOR_ADMIN_TOKEN: "",
    }),
    start(["scripts/e2e-server.ts"], {
      ...cccEnv,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(appPort),
      E2E_CONTROL_PORT: String(appPort + 1),
      AUTH_SECRET: "bench-only-auth-secret-0123456789abcdefghijklmnop",
      AUTH_TRUST_HOST: "1",
      CONSOLE_DEMO: "",
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      CCC_ENDPOINT: emulatorUrl,
    }),
  ];
  const stop = () => {
    for (const child of children) {
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
    }
  };
  try {
    await waitFor(`${emulatorUrl}/__admin/health`, 60_000);
    await waitFor(`${appUrl}/favicon.svg`, 180_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { appUrl, emulatorUrl, stop };
}
