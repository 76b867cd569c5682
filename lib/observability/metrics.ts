/**
 * The console's Prometheus metrics: one registry per process, scraped at GET /api/metrics (metrics-endpoint.ts).
 * Every metric is declared here, so docs/operations.md ("Metrics") can list them from one place.
 *
 * The registry lives on globalThis: Next's dev server re-evaluates modules on every edit (HMR) and bundles
 * instrumentation, routes and actions apart, so a module-level registry would be re-created (prom-client refuses a
 * second metric of the same name) or split into copies that each see part of the traffic.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export interface ConsoleMetrics {
  registry: Registry;
  cccRequests: Counter<"action" | "code">;
  cccRequestDuration: Histogram<"action" | "outcome">;
  limiterQueueDepth: Gauge<"action" | "lane">;
  limiterWait: Histogram<"action" | "lane">;
  limiterRejections: Counter<"action" | "lane" | "code">;
  actions: Counter<"action" | "outcome">;
  actionDuration: Histogram<"action">;
  signInFailures: Counter<"method" | "reason">;
  pageRender: Histogram<"kind">;
  readiness: Gauge<"check">;
}

/** Seconds. CCC answers in tens of milliseconds; the top buckets are timeouts (CCC_TIMEOUT_MS, default 10 s). */
export const CCC_DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds. A slot opens every ~52 ms per action; seconds of waiting mean the budget is exhausted. */
export const LIMITER_WAIT_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
export const ACTION_DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
export const PAGE_RENDER_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

/** A fresh registry with every metric; tests use their own, the server the shared one (consoleMetrics). */
export function createConsoleMetrics(): ConsoleMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    cccRequests: new Counter({
      name: "ccc_requests_total",
      help: "Requests sent to CCC, one per attempt, by action and CCC's error code (ok: answered without error)",
      labelNames: ["action", "code"],
      registers,
    }),
    cccRequestDuration: new Histogram({
      name: "ccc_request_duration_seconds",
      help: "Time from sending a CCC request to its parsed answer or failure, by action and outcome (ok or error)",
      labelNames: ["action", "outcome"],
      buckets: CCC_DURATION_BUCKETS,
      registers,
    }),
    limiterQueueDepth: new Gauge({
      name: "ccc_limiter_queue_depth",
      help: "CCC requests waiting in this instance for a slot of the per-action budget, by action and lane",
      labelNames: ["action", "lane"],
      registers,
    }),
    limiterWait: new Histogram({
      name: "ccc_limiter_wait_seconds",
      help: "Time a CCC request waited for its slot of the per-action budget, by action and lane",
      labelNames: ["action", "lane"],
      buckets: LIMITER_WAIT_BUCKETS,
      registers,
    }),
    limiterRejections: new Counter({
      name: "ccc_limiter_rejections_total",
      help: "CCC requests the limiter refused before sending (queue full, limiter store failed, cancelled)",
      labelNames: ["action", "lane", "code"],
      registers,
    }),
    actions: new Counter({
      name: "console_actions_total",
      help: "Server actions run through defineAction, by action and outcome (ok, or the error code the form got)",
      labelNames: ["action", "outcome"],
      registers,
    }),
    actionDuration: new Histogram({
      name: "console_action_duration_seconds",
      help: "Time a server action took from the session check to its answer, by action",
      labelNames: ["action"],
      buckets: ACTION_DURATION_BUCKETS,
      registers,
    }),
    signInFailures: new Counter({
      name: "console_sign_in_failures_total",
      help: "Refused or failed sign-ins by method (password, sso) and reason; never by user",
      labelNames: ["method", "reason"],
      registers,
    }),
    pageRender: new Histogram({
      name: "console_page_render_seconds",
      help: "Console page requests, from the page's session check to the end of the streamed response, by kind",
      labelNames: ["kind"],
      buckets: PAGE_RENDER_BUCKETS,
      registers,
    }),
    readiness: new Gauge({
      name: "console_ready_check",
      help: "Outcome of each /api/ready check at the last probe: 1 ok, 0 failed (absent until the first probe)",
      labelNames: ["check"],
      registers,
    }),
  };
}

const shared = globalThis as { __cccConsoleMetrics?: ConsoleMetrics };

/** The process's metrics (created on first use). */
export function consoleMetrics(): ConsoleMetrics {
  shared.__cccConsoleMetrics ??= createConsoleMetrics();
  return shared.__cccConsoleMetrics;
}

/** For tests: the shared metrics start from zero. */
export function resetConsoleMetrics(): void {
  consoleMetrics().registry.resetMetrics();
}

const SAFE_LABEL = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;

/**
 * A label value from outside (CCC's error codes, action error codes): kept when it looks like a code, "other"
 * otherwise, so a strange answer can neither blow up the number of series nor carry text into the metrics.
 */
export function codeLabel(value: string | undefined): string {
  return value !== undefined && SAFE_LABEL.test(value) ? value : "other";
}
