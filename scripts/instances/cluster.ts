/**
 * Several console instances as an operator runs them (README, "Running several instances"): one build, N `next
 * start` processes on one PostgreSQL database, one CCC (the bundled emulator, its own process), the same AUTH_SECRET
 * and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY everywhere. Used by e2e/instances/ and bench/load.ts. Loopback only.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createEmulatorAdmin, type EmulatorAdmin } from "../../emulator/admin-client";
import type { DemoAccount } from "../../lib/auth/demo-accounts";
import { seedUsers } from "../../lib/auth/demo-users";
import { DEMO_CREDENTIALS } from "../../lib/config/ccc-env";
import { type DatabaseHandle, openDatabase } from "../../lib/db/client";
import { type RunningProcess, startConsoleProcess, startEmulatorProcess } from "./processes";

export interface ClusterOptions {
  /** One console (the production server) per port. */
  appPorts: readonly number[];
  emulatorPort: number;
  /** Any database URL on the PostgreSQL server to use (e.g. TEST_DATABASE_URL); `database` is made beside it. */
  serverUrl: string;
  /** Dropped and created afresh. */
  database: string;
  users: readonly DemoAccount[];
  /** Added to every instance's environment (e.g. CCC_READ_FRESH_MS). */
  env?: Readonly<Record<string, string>>;
  /** The emulator's per-action limit (default 20, CCC's). */
  emulatorRateLimit?: number;
}

export interface Cluster {
  /** Base URL of each instance, in `appPorts` order. */
  urls: string[];
  /** `pid`: the emulator's process, e.g. to raise its priority in a benchmark. */
  emulator: { url: string; admin: EmulatorAdmin; pid: number | undefined };
  /** The instances' database, for reading what they recorded (audit rows, idempotency keys). */
  db: DatabaseHandle;
  databaseUrl: string;
  /** Recent output of every process, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export const cccEnv = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  TENCENTCLOUD_SESSION_TOKEN: "",
  CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
};

export function databaseUrlBeside(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Drops and creates `database` on the server `serverUrl` points at. */
export async function recreateDatabase(serverUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Unsafe database name "${database}"`);
  const client = new Client({ connectionString: databaseUrlBeside(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
}

/**
 * A console's environment in production mode against `emulatorUrl`, with fresh secrets (the same for every process
 * given this one environment) and `env` on top (the database, test settings). Also the durability test's.
 */
export function consoleEnv(emulatorUrl: string, env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...cccEnv,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CCC_ENDPOINT: emulatorUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "1",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    // The clients pose as different addresses (X-Forwarded-For), as behind a load balancer.
    TRUST_PROXY: "1",
    CONSOLE_DEMO: "",
    LOG_LEVEL: "warn",
    ...env,
  };
}

/** What every instance shares: the secrets a load balancer needs them to agree on, and the same backends. */
function instanceEnv(options: ClusterOptions, databaseUrl: string, emulatorUrl: string): NodeJS.ProcessEnv {
  return consoleEnv(emulatorUrl, { DATABASE_URL: databaseUrl, ...options.env });
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  await recreateDatabase(options.serverUrl, options.database);
  const databaseUrl = databaseUrlBeside(options.serverUrl, options.database);
  // Migrated and seeded before any instance starts, so the instances race on nothing but their own requests.
  const db = await openDatabase({ url: databaseUrl, poolMax: 4 });
  const processes: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((proc) => proc.stop()));
    await db.close();
  };
  try {
    await seedUsers(db.db, options.users, DEMO_CREDENTIALS.sdkAppIds);
    const register = (proc: RunningProcess) => void processes.push(proc);
    const emulator = await startEmulatorProcess(
      { port: options.emulatorPort, rateLimit: options.emulatorRateLimit, env: { ...process.env, ...cccEnv } },
      register,
    );
    const env = instanceEnv(options, databaseUrl, emulator.url);
    const instances = await Promise.all(options.appPorts.map((port) => startConsoleProcess(port, env, register)));
    return {
      urls: instances.map((instance) => instance.url),
      emulator: { url: emulator.url, admin: createEmulatorAdmin(emulator.url), pid: emulator.child.pid },
      db,
      databaseUrl,
      logs: () => processes.map((proc) => `--- ${proc.name}\n${proc.recentOutput()}`).join("\n"),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
