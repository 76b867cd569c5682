/**
 * OpenTelemetry traces, started from instrumentation.ts (through lib/startup.ts) and only when an OTLP endpoint is
 * configured: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/traces). Then spans go out
 * over OTLP/HTTP (JSON) in batches: Next's own (each request, its rendering, route handlers and actions) and ours
 * (each CCC attempt, lib/observability/ccc.ts). Without an endpoint the SDK is never even loaded.
 *
 * The SDK packages are imported here only, dynamically, on the server: no client bundle can reach them.
 */
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";
import type { ObservabilityConfig } from "../config/observability-env";

export interface TracingHandle {
  /** Sends the spans still buffered and stops the provider. */
  shutdown(): Promise<void>;
}

/** Options for tests: an exporter of their own instead of OTLP/HTTP, and a span processor that sends at once. */
export interface TracingOptions {
  exporter?: SpanExporter;
  immediate?: boolean;
}

/** Registers the global tracer provider when tracing is configured; returns null (and loads nothing) otherwise. */
export async function startTracing(
  config: ObservabilityConfig["tracing"],
  options: TracingOptions = {},
): Promise<TracingHandle | null> {
  if (!config) return null;
  const [{ NodeTracerProvider, BatchSpanProcessor, SimpleSpanProcessor }, { resourceFromAttributes }] =
    await Promise.all([import("@opentelemetry/sdk-trace-node"), import("@opentelemetry/resources")]);
  // The exporter reads the OTEL_EXPORTER_OTLP_* variables itself (endpoint, headers, timeout), as documented by OTel.
  const exporter =
    options.exporter ?? new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter();
  const processor = options.immediate ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    spanProcessors: [processor],
  });
  // Global tracer provider, AsyncLocalStorage context and W3C trace-context propagation.
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
