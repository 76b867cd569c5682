/**
 * Prometheus metrics behind a bearer token (METRICS_TOKEN; unset: 404). No session, no CCC, no database: the answer
 * is this process's counters only. See docs/operations.md, "Metrics".
 */
import { readObservabilityConfig } from "@/lib/config/observability-env";
import { consoleMetrics } from "@/lib/observability/metrics";
import { answerMetricsRequest } from "@/lib/observability/metrics-endpoint";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  // Validated at start (lib/startup.ts), so this cannot throw in a running server.
  return answerMetricsRequest(request, readObservabilityConfig().metricsToken, consoleMetrics().registry);
}
