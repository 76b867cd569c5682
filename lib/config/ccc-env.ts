/**
 * CCC connection settings, read from the environment. Shared by the console's client and the bundled emulator so
 * both agree on credentials and app ids without extra configuration.
 */
import { z } from "zod";

/** Credentials the bundled emulator accepts when none are configured. Never valid against real CCC. */
export const DEMO_CREDENTIALS = {
  secretId: "AKIDdemoCccConsoleLocalEmulator0000",
  secretKey: "demoSecretKeyForTheLocalCccEmulator0",
  sdkAppIds: [1400000001, 1400000002],
} as const;

const sdkAppIdList = z
  .string()
  .trim()
  .min(1, "must list at least one SdkAppId")
  .transform((raw, ctx) => {
    const ids = raw.split(",").map((part) => part.trim());
    const parsed: number[] = [];
    for (const id of ids) {
      if (!/^[1-9]\d{0,15}$/.test(id)) {
        ctx.addIssue({ code: "custom", message: `"${id}" is not a positive integer SdkAppId` });
        return z.NEVER;
      }
      parsed.push(Number(id));
    }
    return [...new Set(parsed)];
  });

const ZCccEnv = z.object({
  TENCENTCLOUD_SECRET_ID: z.string({ error: "is required" }).trim().min(1, "is required"),
  TENCENTCLOUD_SECRET_KEY: z.string({ error: "is required" }).trim().min(1, "is required"),
  TENCENTCLOUD_SESSION_TOKEN: z.string().trim().min(1).optional(),
  CCC_ENDPOINT: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://ccc.tencentcloudapi.com" })
    .default("https://ccc.tencentcloudapi.com"),
  CCC_SDK_APP_ID: z.string({ error: "is required (one SdkAppId or a comma-separated list)" }).pipe(sdkAppIdList),
  CCC_REGION: z.string().trim().min(1).optional(),
  CCC_LANGUAGE: z.enum(["zh-CN", "en-US"]).optional(),
  CCC_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  CCC_PENDING_LEASE_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(1_000, "must be between 1000 and 86400000")
    .max(86_400_000, "must be between 1000 and 86400000")
    .optional(),
  CCC_READ_FRESH_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "must be between 0 (off) and 60000")
    .max(60_000, "must be between 0 (off) and 60000")
    .default(2_000),
  CCC_RATE_LIMIT_PER_SECOND: z.coerce
    .number({ error: "must be a whole number from 1 to 1000" })
    .int("must be a whole number from 1 to 1000")
    .min(1, "must be a whole number from 1 to 1000")
    .max(1000, "must be a whole number from 1 to 1000")
    .default(20),
  CCC_RATE_LIMIT_GUARD: z.coerce
    .number({ error: "must be a number from 0 to 1 (a fraction of the spacing, e.g. 0.04)" })
    .min(0, "must be a number from 0 to 1 (a fraction of the spacing, e.g. 0.04)")
    .max(1, "must be a number from 0 to 1 (a fraction of the spacing, e.g. 0.04)")
    .default(0.04),
});

/** The request budget per action (lib/ccc/rate-limit.ts): requests per second and the spacing guard. */
export interface CccRateLimitConfig {
  perSecond: number;
  guard: number;
}

export interface CccConfig {
  secretId: string;
  secretKey: string;
  sessionToken?: string;
  endpoint: URL;
  sdkAppIds: number[];
  region?: string;
  language?: "zh-CN" | "en-US";
  timeoutMs: number;
  /**
   * A write's audit row or idempotency key still "pending" after this long belongs to a process that died mid-call
   * (lib/db/interrupted-calls.ts). Default 5 × timeoutMs + 60 s: longer than a call with its retries, backoff and
   * queue wait. Optional in hand-built configs, which then get that default (pendingLeaseMs()).
   */
  pendingLeaseMs?: number;
  /** How long identical Describe* answers are shared (lib/ccc/read-cache.ts); 0: only calls in flight are. */
  readFreshMs: number;
  /** Always set by readCccConfig; absent in hand-built configs, which then get the defaults. */
  rateLimit?: CccRateLimitConfig;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * An environment to read: process.env or a plain object. Not NodeJS.ProcessEnv, because Next.js's types make
 * NODE_ENV a required key of it, which would reject the literal objects that scripts, benchmarks and tests pass.
 */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Blank variables count as unset, so `FOO=` in an .env file falls back to the default instead of failing. */
export function present(env: EnvSource): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}

/** Parses `source` with `schema`, or throws ConfigError naming every bad variable and its rule. */
export function parseEnv<T extends z.ZodType>(schema: T, source: Record<string, string>, what: string): z.output<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new ConfigError(`Invalid ${what} configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * Reads and validates the CCC settings. Throws ConfigError whose message names every bad variable and its rule.
 * `useDemoDefaults` fills in the emulator's demo credentials (demo mode and the emulator itself only).
 */
export function readCccConfig(env: EnvSource = process.env, useDemoDefaults = false): CccConfig {
  const source = present(env);
  if (useDemoDefaults) {
    source.TENCENTCLOUD_SECRET_ID ??= DEMO_CREDENTIALS.secretId;
    source.TENCENTCLOUD_SECRET_KEY ??= DEMO_CREDENTIALS.secretKey;
    source.CCC_SDK_APP_ID ??= DEMO_CREDENTIALS.sdkAppIds.join(",");
  }
  const value = parseEnv(ZCccEnv, source, "CCC");
  return {
    secretId: value.TENCENTCLOUD_SECRET_ID,
    secretKey: value.TENCENTCLOUD_SECRET_KEY,
    sessionToken: value.TENCENTCLOUD_SESSION_TOKEN,
    endpoint: new URL(value.CCC_ENDPOINT),
    sdkAppIds: value.CCC_SDK_APP_ID,
    region: value.CCC_REGION,
    language: value.CCC_LANGUAGE,
    timeoutMs: value.CCC_TIMEOUT_MS,
    pendingLeaseMs: value.CCC_PENDING_LEASE_MS ?? defaultPendingLeaseMs(value.CCC_TIMEOUT_MS),
    readFreshMs: value.CCC_READ_FRESH_MS,
    rateLimit: { perSecond: value.CCC_RATE_LIMIT_PER_SECOND, guard: value.CCC_RATE_LIMIT_GUARD },
  };
}

/** Up to 4 attempts of an idempotent write (3 retries) with up to 3 s backoff each, plus a minute of queueing. */
export function defaultPendingLeaseMs(timeoutMs: number): number {
  return 5 * timeoutMs + 60_000;
}

/** The lease of `config`, or its default. */
export function pendingLeaseMs(config: Pick<CccConfig, "timeoutMs" | "pendingLeaseMs">): number {
  return config.pendingLeaseMs ?? defaultPendingLeaseMs(config.timeoutMs);
}
