/**
 * Traces through the real path: the signed client over HTTP to the emulator, with the tracer provider that
 * startTracing registers — an in-memory exporter, then the real OTLP/HTTP exporter posting to a local collector.
 */
import { Writable } from "node:stream";
import { context, propagation, SpanStatusCode, trace } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-node";
import { afterEach, describe, expect, it } from "vitest";
import { setUpTestEmulator } from "@/emulator/test-emulator";
import { createCccClient } from "@/lib/ccc/client";
import { readCccConfig } from "@/lib/config/ccc-env";
import { readObservabilityConfig } from "@/lib/config/observability-env";
import { createLogger } from "@/lib/log";
import { CCC_SPAN_ATTRIBUTES } from "./ccc";
import { startOtlpCollector } from "./testing/otlp-collector";
import { startTracing, type TracingHandle } from "./tracing";

const emulator = setUpTestEmulator();
const ACTION = "DescribeSkillGroupInfoList";
const PAGE = { SdkAppId: 1400000001, PageSize: 10, PageNumber: 0 };
const TRACING = { endpoint: "http://127.0.0.1:9/unused", serviceName: "console-test" };

let handle: TracingHandle | null = null;
afterEach(async () => {
  await handle?.shutdown();
  handle = null;
  trace.disable();
  context.disable();
  propagation.disable();
});

/** A client whose log lines are collected as parsed JSON. */
function clientWithLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const config = readCccConfig({ CCC_ENDPOINT: emulator().url }, true);
  const ccc = createCccClient(config, {
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
    retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 },
    logger: createLogger(sink, { level: "info" }),
  });
  return { ccc, lines };
}

describe("with no OTLP endpoint", () => {
  it("starts nothing: no provider, spans do not record, log lines carry no trace id", async () => {
    const config = readObservabilityConfig({});
    handle = await startTracing(config.tracing);
    expect(handle).toBeNull();
    expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);
    const { ccc, lines } = clientWithLog();
    await ccc.describeSkillGroupInfoList(PAGE);
    expect(lines.find((line) => line.msg === "ccc call")).not.toHaveProperty("trace_id");
  });
});

describe("with tracing on", () => {
  it("makes each CCC call a span with the action and CCC's RequestId, and the log line carries its trace id", async () => {
    const exporter = new InMemorySpanExporter();
    handle = await startTracing(TRACING, { exporter, immediate: true });
    const { ccc, lines } = clientWithLog();
    const response = await ccc.describeSkillGroupInfoList(PAGE);

    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual([`ccc ${ACTION}`]);
    const [span] = spans;
    expect(span?.attributes).toEqual({
      [CCC_SPAN_ATTRIBUTES.action]: ACTION,
      [CCC_SPAN_ATTRIBUTES.attempt]: 1,
      [CCC_SPAN_ATTRIBUTES.requestId]: response.RequestId,
    });
    expect(span?.resource.attributes["service.name"]).toBe("console-test");
    const logged = lines.find((line) => line.msg === "ccc call");
    expect(logged).toMatchObject({
      requestId: response.RequestId,
      trace_id: span?.spanContext().traceId,
      span_id: span?.spanContext().spanId,
    });
  });

  it("marks a refused call as an error span with CCC's code and RequestId", async () => {
    const exporter = new InMemorySpanExporter();
    handle = await startTracing(TRACING, { exporter, immediate: true });
    await emulator().admin.injectFault({ action: ACTION, kind: "error", code: "RequestLimitExceeded", times: 1 });
    const { ccc } = clientWithLog();
    const failure = await ccc.describeSkillGroupInfoList(PAGE).catch((error: unknown) => error);

    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "RequestLimitExceeded" });
    expect(span?.attributes[CCC_SPAN_ATTRIBUTES.errorCode]).toBe("RequestLimitExceeded");
    expect(span?.attributes[CCC_SPAN_ATTRIBUTES.requestId]).toBe((failure as { requestId?: string }).requestId);
    expect(span?.attributes[CCC_SPAN_ATTRIBUTES.requestId]).toMatch(/\S+/);
  });

  it("sends the spans over OTLP/HTTP to the configured endpoint", async () => {
    const collector = await startOtlpCollector();
    const endpoint = collector.url;
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint; // the exporter reads it, as in production
    try {
      handle = await startTracing(readObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }).tracing);
      const response = await clientWithLog().ccc.describeSkillGroupInfoList(PAGE);
      await handle?.shutdown(); // flushes the batch
      handle = null;

      expect(collector.received.map((request) => request.path)).toEqual(["/v1/traces"]);
      const body = collector.received[0]?.body ?? "";
      expect(body).toContain(`"ccc ${ACTION}"`);
      expect(body).toContain(
        JSON.stringify({ key: CCC_SPAN_ATTRIBUTES.requestId, value: { stringValue: response.RequestId } }),
      );
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
      await collector.close();
    }
  });
});
