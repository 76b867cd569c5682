/**
 * What the CCC client and its limiter report: one span and one counted request per attempt sent to CCC, and the
 * limiter's queue depth and wait per action and lane. Called from lib/ccc/client.ts and lib/ccc/rate-limit.ts.
 */
import { type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { isCccError } from "../ccc/errors";
import { codeLabel, consoleMetrics } from "./metrics";

/** The tracer every console span comes from; a no-op until tracing.ts registers a provider. */
export const TRACER_NAME = "ccc-console";

export const CCC_SPAN_ATTRIBUTES = {
  action: "ccc.action",
  attempt: "ccc.attempt",
  requestId: "ccc.request_id",
  errorCode: "ccc.error_code",
  errorKind: "ccc.error_kind",
} as const;

function settle(span: Span, action: string, started: number, failure?: unknown): void {
  const seconds = (performance.now() - started) / 1000;
  const metrics = consoleMetrics();
  if (failure === undefined) {
    metrics.cccRequests.inc({ action, code: "ok" });
    metrics.cccRequestDuration.observe({ action, outcome: "ok" }, seconds);
    span.end();
    return;
  }
  const code = isCccError(failure) ? failure.code : "unexpected";
  metrics.cccRequests.inc({ action, code: codeLabel(code) });
  metrics.cccRequestDuration.observe({ action, outcome: "error" }, seconds);
  span.setAttribute(CCC_SPAN_ATTRIBUTES.errorCode, code);
  if (isCccError(failure)) {
    span.setAttribute(CCC_SPAN_ATTRIBUTES.errorKind, failure.kind);
    if (failure.requestId) span.setAttribute(CCC_SPAN_ATTRIBUTES.requestId, failure.requestId);
  }
  // The code only: messages may quote request values (phone numbers), see lib/log.ts maskMessage.
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
  span.end();
}

/**
 * Runs one attempt's send inside an active span `ccc <Action>` (so log lines written meanwhile carry its trace id)
 * and counts it: the answer's RequestId or the failure's code and RequestId go on the span and into the metrics.
 */
export function observeCccAttempt<T extends { RequestId: string }>(
  action: string,
  attempt: number,
  send: () => Promise<T>,
): Promise<T> {
  const attributes = { [CCC_SPAN_ATTRIBUTES.action]: action, [CCC_SPAN_ATTRIBUTES.attempt]: attempt };
  return trace
    .getTracer(TRACER_NAME)
    .startActiveSpan(`ccc ${action}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const started = performance.now();
      try {
        const response = await send();
        span.setAttribute(CCC_SPAN_ATTRIBUTES.requestId, response.RequestId);
        settle(span, action, started);
        return response;
      } catch (error) {
        settle(span, action, started, error);
        throw error;
      }
    });
}

/** Tracks one wait for a limiter slot: queue depth while it waits, then its wait time or the refusal's code. */
export function observeLimiterWait(action: string, lane: string, granted: Promise<void>): Promise<void> {
  const metrics = consoleMetrics();
  const labels = { action, lane };
  const started = performance.now();
  metrics.limiterQueueDepth.inc(labels);
  return granted.then(
    () => {
      metrics.limiterQueueDepth.dec(labels);
      metrics.limiterWait.observe(labels, (performance.now() - started) / 1000);
    },
    (error: unknown) => {
      metrics.limiterQueueDepth.dec(labels);
      metrics.limiterRejections.inc({ ...labels, code: codeLabel(isCccError(error) ? error.code : "unexpected") });
      throw error;
    },
  );
}
