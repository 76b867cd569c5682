/**
 * Metrics and traces settings (docs/operations.md, "Metrics" and "Traces"). Read at start, where a bad value stops
 * the server naming the variable, and by the metrics endpoint on each scrape.
 */
import { z } from "zod";
import { type EnvSource, parseEnv, present } from "./ccc-env";

/** Shorter tokens are guessable; 16 characters is the floor, `openssl rand -hex 32` the suggestion. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .describe("OTLP/HTTP collector URL");

const ZObservabilityEnv = z.object({
  METRICS_TOKEN: z
    .string()
    .min(MIN_METRICS_TOKEN_LENGTH, `must be at least ${MIN_METRICS_TOKEN_LENGTH} characters`)
    .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
    .optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).default("ccc-console"),
  OTEL_SDK_DISABLED: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
});

export interface ObservabilityConfig {
  /** Bearer token of GET /api/metrics; undefined: the endpoint answers 404. */
  metricsToken?: string;
  /** Where spans go (the OTLP exporter reads the same variables); null: tracing is off. */
  tracing: { endpoint: string; serviceName: string } | null;
}

/** Reads and validates the settings; throws ConfigError naming each bad variable and its rule (never a value). */
export function readObservabilityConfig(env: EnvSource = process.env): ObservabilityConfig {
  const value = parseEnv(ZObservabilityEnv, present(env), "metrics/traces");
  const endpoint = value.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? value.OTEL_EXPORTER_OTLP_ENDPOINT;
  return {
    metricsToken: value.METRICS_TOKEN,
    tracing: endpoint && value.OTEL_SDK_DISABLED !== "true" ? { endpoint, serviceName: value.OTEL_SERVICE_NAME } : null,
  };
}
