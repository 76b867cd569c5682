import { describe, expect, it } from "vitest";
import { readObservabilityConfig } from "./observability-env";

describe("readObservabilityConfig", () => {
  it("leaves metrics and traces off when nothing is set (blank counts as unset)", () => {
    expect(readObservabilityConfig({})).toEqual({ metricsToken: undefined, tracing: null });
    expect(readObservabilityConfig({ METRICS_TOKEN: "", OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toEqual({
      metricsToken: undefined,
      tracing: null,
    });
  });

  it("turns traces on with either OTLP endpoint, the traces one first, unless OTEL_SDK_DISABLED", () => {
    const base = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" };
    expect(readObservabilityConfig(base).tracing).toEqual({
      endpoint: "http://collector:4318",
      serviceName: "ccc-console",
    });
    expect(
      readObservabilityConfig({
        ...base,
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://otel.example.com/v1/traces",
        OTEL_SERVICE_NAME: "console-a",
      }).tracing,
    ).toEqual({ endpoint: "https://otel.example.com/v1/traces", serviceName: "console-a" });
    expect(readObservabilityConfig({ ...base, OTEL_SDK_DISABLED: "true" }).tracing).toBeNull();
  });

  it("refuses a short or spaced METRICS_TOKEN and a non-http endpoint, naming the variable but not the value", () => {
    expect(() => readObservabilityConfig({ METRICS_TOKEN: "short-secret" })).toThrow(
      /METRICS_TOKEN must be at least 16 characters/,
    );
    expect(() => readObservabilityConfig({ METRICS_TOKEN: "a token with spaces in it" })).toThrow(
      /METRICS_TOKEN must be printable ASCII without spaces/,
    );
    expect(() => readObservabilityConfig({ METRICS_TOKEN: "short-secret" })).not.toThrow(/short-secret/);
    expect(() => readObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "grpc://collector:4317" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/,
    );
  });
});
