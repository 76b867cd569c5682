/**
 * The server's structured logger. Redaction is a safety net: callers log summaries (summarizeRequest), never raw
 * requests, but a stray object with a key, an Authorization header or a callee list must still not reach the log.
 */
import { isSpanContextValid, trace } from "@opentelemetry/api";
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";

export type { Logger } from "pino";

/** Paths pino censors wherever they appear at the top level or one object down. */
export const REDACT_PATHS: string[] = [
  "secretKey",
  "sessionToken",
  "authorization",
  "Authorization",
  "Callees",
  "CalleeAttributes",
  "headers.authorization",
  "headers.Authorization",
  'headers["x-tc-token"]',
  'headers["X-TC-Token"]',
  "*.secretKey",
  "*.sessionToken",
  "*.authorization",
  "*.Authorization",
  "*.Callees",
  "*.CalleeAttributes",
  "*.headers.authorization",
  "*.headers.Authorization",
  '*.headers["x-tc-token"]',
  '*.headers["X-TC-Token"]',
];

// Keep the size of a redacted list: "how many callees" is useful, which ones is not ours to log. A summary's
// `{count}` (summarizeRequest) is already safe and passes through.
function censor(value: unknown): unknown {
  if (Array.isArray(value)) return `[redacted ${value.length} items]`;
  const isCount =
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    "count" in value &&
    typeof value.count === "number";
  return isCount ? value : "[redacted]";
}

function defaultLevel(env: NodeJS.ProcessEnv): string {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && (wanted === "silent" || wanted in pino.levels.values)) return wanted;
  // Unit tests stay quiet unless someone asks for logs.
  return env.VITEST ? "silent" : "info";
}

/**
 * Inside a span (a CCC attempt, a request Next traces) a line carries its ids, under the names OpenTelemetry's own
 * pino instrumentation uses, so logs and traces join up. Outside one, or with tracing off, nothing is added.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}

/** A logger with the project's redaction; `destination` lets tests capture lines. */
export function createLogger(destination?: DestinationStream, options: LoggerOptions = {}): Logger {
  const merged: LoggerOptions = {
    level: defaultLevel(process.env),
    base: undefined,
    mixin: traceFields,
    ...options,
    redact: { paths: REDACT_PATHS, censor },
  };
  return destination ? pino(merged, destination) : pino(merged);
}

export const logger: Logger = createLogger();

// Strings worth seeing in a log line; anything else (agent e-mails, UUI, phone numbers) is reduced to its length.
const LOGGABLE_STRINGS = new Set(["Name", "SkillGroupName", "TimeZone"]);
const MAX_STRING = 80;

export type RequestSummary = Record<string, string | number | boolean | null | { count: number } | { length: number }>;

/**
 * A log-safe view of a CCC request: numbers and booleans as they are, arrays as their count
 * (Callees → {count: 3}), nested objects as their key count, free text as its length except a few labels.
 */
export function summarizeRequest(request: unknown): RequestSummary {
  if (request === null || typeof request !== "object" || Array.isArray(request)) {
    return { request: Array.isArray(request) ? { count: request.length } : typeof request };
  }
  const summary: RequestSummary = {};
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined) continue;
    if (typeof value === "number" || typeof value === "boolean" || value === null) summary[key] = value;
    else if (Array.isArray(value)) summary[key] = { count: value.length };
    else if (typeof value === "string") {
      summary[key] = LOGGABLE_STRINGS.has(key)
        ? value.length > MAX_STRING
          ? `${value.slice(0, MAX_STRING)}…`
          : value
        : { length: value.length };
    } else if (typeof value === "object") summary[key] = { count: Object.keys(value).length };
    else summary[key] = typeof value;
  }
  return summary;
}

/**
 * Error messages may quote the offending value (`Callees.3 "+8613800138000" is not a phone number`): keep the
 * field and the rule for the log, drop quoted values and long digit runs, which may be phone numbers.
 */
export function maskMessage(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\+?\d{7,}/g, "…");
}
