/**
 * `npm run emulator` — a local CCC on 127.0.0.1. Flags win over environment variables:
 *   --port / CCC_EMULATOR_PORT (4010) · --host / CCC_EMULATOR_HOST (127.0.0.1)
 *   --state-file / CCC_EMULATOR_STATE_FILE · --seed-file / CCC_EMULATOR_SEED_FILE
 *   --admin-token / CCC_EMULATOR_ADMIN_TOKEN · --max-callees / CCC_EMULATOR_MAX_CALLEES (100000)
 *   --rate-limit / CCC_EMULATOR_RATE_LIMIT (20) · --verbose / CCC_EMULATOR_VERBOSE=1 (one log line per request)
 * Credentials and apps: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY / CCC_SDK_APP_ID, demo values by default.
 */
import { parseArgs } from "node:util";
import { readCccConfig } from "../lib/config/ccc-env";
import { DEFAULT_MAX_CALLEES, DEFAULT_RATE_LIMIT, startEmulator } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "state-file": { type: "string" },
    "seed-file": { type: "string" },
    "admin-token": { type: "string" },
    "max-callees": { type: "string" },
    "rate-limit": { type: "string" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.log(
    "Usage: npm run emulator -- [--port 4010] [--host 127.0.0.1] [--state-file f.json] [--seed-file f.json]\n" +
      "       [--admin-token T] [--max-callees 100000] [--rate-limit 20] [--verbose]\nSee emulator/README.md.",
  );
  process.exit(0);
}

const env = process.env;
const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main() {
  const config = readCccConfig(env, true);
  const verbose = values.verbose || env.CCC_EMULATOR_VERBOSE === "1";
  const emulator = await startEmulator({
    port: integer("--port", values.port ?? blankToUndefined(env.CCC_EMULATOR_PORT), 4010, 0),
    host: values.host ?? blankToUndefined(env.CCC_EMULATOR_HOST),
    secretId: config.secretId,
    secretKey: config.secretKey,
    sdkAppIds: config.sdkAppIds,
    persistPath: values["state-file"] ?? blankToUndefined(env.CCC_EMULATOR_STATE_FILE),
    seed: values["seed-file"] ?? blankToUndefined(env.CCC_EMULATOR_SEED_FILE),
    adminToken: values["admin-token"] ?? blankToUndefined(env.CCC_EMULATOR_ADMIN_TOKEN),
    maxCallees: integer(
      "--max-callees",
      values["max-callees"] ?? blankToUndefined(env.CCC_EMULATOR_MAX_CALLEES),
      DEFAULT_MAX_CALLEES,
      1,
    ),
    rateLimitPerSecond: integer(
      "--rate-limit",
      values["rate-limit"] ?? blankToUndefined(env.CCC_EMULATOR_RATE_LIMIT),
      DEFAULT_RATE_LIMIT,
      0,
    ),
    onRequest: verbose ? (e) => console.log(`${e.requestId} ${e.action} ${e.code ?? "OK"} ${e.ms} ms`) : undefined,
  });
  console.log(`CCC emulator listening on ${emulator.url}`);
  console.log(
    `  SdkAppIds ${emulator.sdkAppIds.join(", ")} · SecretId ${emulator.secretId} · admin API ${emulator.url}/__admin`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the CCC emulator`);
    await emulator.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
