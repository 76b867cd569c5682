/**
 * The process-wide CCC client for server code. Kept on globalThis because Next dev re-evaluates modules on every
 * change: a module-level singleton would multiply limiters, and each would allow its own 20 requests/second.
 */
import "server-only";
import { type CccConfig, readCccConfig } from "../config/ccc-env";
import { logger } from "../log";
import { type CccClient, createCccClient } from "./client";
import { withReadCache } from "./read-cache";

interface CccGlobal {
  config?: CccConfig;
  client?: CccClient;
}

const GLOBAL_KEY = Symbol.for("ccc-console.ccc");

function state(): CccGlobal {
  const store = globalThis as typeof globalThis & { [GLOBAL_KEY]?: CccGlobal };
  store[GLOBAL_KEY] ??= {};
  return store[GLOBAL_KEY];
}

function config(): CccConfig {
  const current = state();
  current.config ??= readCccConfig(process.env);
  return current.config;
}

/**
 * The shared client, built on first use from the environment, with identical reads coalesced (read-cache.ts).
 * Throws ConfigError when the settings are invalid.
 */
export function getCccClient(): CccClient {
  const current = state();
  current.client ??= withReadCache(createCccClient(config(), { logger: logger.child({ module: "ccc" }) }), {
    freshMs: config().readFreshMs,
  });
  return current.client;
}

/** What the console may show about its CCC settings: no secret id, key or token. */
export interface CccPublicConfig {
  endpoint: string;
  sdkAppIds: readonly number[];
  region?: string;
  language?: "zh-CN" | "en-US";
  timeoutMs: number;
}

/** The validated settings without credentials, e.g. to list the configured SdkAppIds. */
export function cccConfig(): CccPublicConfig {
  const { endpoint, sdkAppIds, region, language, timeoutMs } = config();
  return Object.freeze({
    endpoint: endpoint.origin,
    sdkAppIds: Object.freeze([...sdkAppIds]),
    region,
    language,
    timeoutMs,
  });
}
