import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CccConfig } from "../config/ccc-env";
import type { CccRequest } from "./actions";
import { type CccClientOptions, createCccClient } from "./client";
import {
  type CccTestServer,
  createRequest,
  FAST_RETRY,
  hang,
  hangUp,
  type Responder,
  rejection,
  replyError,
  replyOk,
  sendJson,
  startCccTestServer,
  testClient,
  testConfig,
} from "./testing/ccc-test-server";

let server: CccTestServer;
beforeEach(async () => {
  server = await startCccTestServer();
});
afterEach(() => server.close());

const client = (options: CccClientOptions = {}, config: Partial<CccConfig> = {}) =>
  testClient(server.url, options, config);

const numbersOk = replyOk({ TotalCount: 1, Numbers: [{ Number: "0086075586013388", State: 1 }] });
const describeNumbers = (options: CccClientOptions = {}, timeoutMs?: number) =>
  client(options).describeNumbers({ SdkAppId: 1400000001 }, { timeoutMs });

/** Answers the first `failures` requests with `failure`, then with `success`. */
const failThen =
  (failures: number, failure: Responder, success: Responder): Responder =>
  (request, res, index) =>
    (index <= failures ? failure : success)(request, res, index);

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("retries of idempotent actions", () => {
  it.each([
    ["RequestLimitExceeded", replyError("RequestLimitExceeded")],
    ["RequestLimitExceeded.UinLimitExceeded", replyError("RequestLimitExceeded.UinLimitExceeded")],
    ["InternalError", replyError("InternalError")],
    ["ServiceUnavailable", replyError("ServiceUnavailable")],
    ["HTTP 503", ((_req, res) => sendJson(res, {}, 503)) satisfies Responder],
    ["a dropped connection", hangUp],
  ])("retry after %s and then succeed", async (_label, failure) => {
    server.respond(failThen(2, failure, numbersOk));
    let clock = Date.UTC(2030, 5, 1);
    const result = await describeNumbers({ now: () => (clock += 1_000) });
    expect(result.TotalCount).toBe(1);
    expect(server.requests).toHaveLength(3);
    // Same bytes each time, but each attempt has its own timestamp and signature (never a replay).
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
    expect(new Set(server.requests.map((r) => r.headers["x-tc-timestamp"])).size).toBe(3);
    expect(new Set(server.requests.map((r) => r.headers.authorization)).size).toBe(3);
  });

  it("gives up after the configured retries with the last error", async () => {
    server.respond(replyError("RequestLimitExceeded"));
    const error = await rejection(describeNumbers());
    expect(error).toMatchObject({ kind: "throttled", code: "RequestLimitExceeded" });
    expect(server.requests).toHaveLength(FAST_RETRY.retries + 1);
  });

  it.each([
    ["InvalidParameterValue", "validation"],
    ["AuthFailure.SignatureFailure", "auth"],
    ["ResourceNotFound", "conflict"],
  ])("does not retry %s", async (code, kind) => {
    server.respond(replyError(code));
    const error = await rejection(describeNumbers());
    expect(error.kind).toBe(kind);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a 4xx status", async () => {
    server.respond((_req, res) => sendJson(res, {}, 404));
    expect((await rejection(describeNumbers())).httpStatus).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it("retries timeouts, honouring the per-request timeout, then reports Network.Timeout", async () => {
    server.respond(hang);
    const started = performance.now();
    const error = await rejection(describeNumbers({ retry: { retries: 1, minTimeoutMs: 1, maxTimeoutMs: 1 } }, 150));
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ kind: "network", code: "Network.Timeout" });
    expect(server.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1_500);
  });

  it("stops when the caller aborts, without further attempts", async () => {
    server.respond(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(client().describeNumbers({ SdkAppId: 1400000001 }, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: "network", code: "Network.Aborted" });
    expect(server.requests).toHaveLength(1);
  });

  it("reports an already-aborted signal without sending", async () => {
    const error = await rejection(client().describeNumbers({ SdkAppId: 1400000001 }, { signal: AbortSignal.abort() }));
    expect(error.code).toBe("Network.Aborted");
    expect(server.requests).toHaveLength(0);
  });
});

describe("creates are sent at most once", () => {
  it.each([
    ["InternalError", replyError("InternalError"), "server"],
    ["InternalError.DBError", replyError("InternalError.DBError"), "server"],
    ["RequestLimitExceeded", replyError("RequestLimitExceeded"), "throttled"],
    ["HTTP 500", ((_req, res) => sendJson(res, {}, 500)) satisfies Responder, "server"],
  ])("no retry on %s", async (_label, failure, kind) => {
    server.respond(failure);
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error.kind).toBe(kind);
    expect(server.requests).toHaveLength(1);
  });

  it("a timeout after sending is ambiguous: outcome unknown, exactly one request", async () => {
    server.respond(hang);
    const started = performance.now();
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest, { timeoutMs: 150 }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ kind: "ambiguous", code: "Network.OutcomeUnknown" });
    expect(error.message).toMatch(/may or may not have been created/);
    expect(server.requests).toHaveLength(1);
  });

  it("uses the configured timeout when the call gives none", async () => {
    server.respond(hang);
    const ccc = createCccClient(testConfig(server.url, { timeoutMs: 120 }), {
      rateLimitPerSecond: Number.POSITIVE_INFINITY,
    });
    const error = await rejection(ccc.createPredictiveDialingCampaign(predictiveRequest));
    expect(error.kind).toBe("ambiguous");
    expect(server.requests).toHaveLength(1);
  });

  it("a connection dropped after sending is ambiguous", async () => {
    server.respond(hangUp);
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error).toMatchObject({ kind: "ambiguous", code: "Network.OutcomeUnknown" });
    expect(server.requests).toHaveLength(1);
  });

  it("a refused connection (nothing sent) is a plain network error", async () => {
    const port = await closedPort();
    const ccc = createCccClient(testConfig(`http://127.0.0.1:${port}`), {
      rateLimitPerSecond: Number.POSITIVE_INFINITY,
    });
    const error = await rejection(ccc.createAgentCruiseDialingCampaign(createRequest));
    expect(error).toMatchObject({ kind: "network", code: "Network.ConnectionRefused" });
  });

  it("a refused connection is retried for idempotent actions", async () => {
    const port = await closedPort();
    let calls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const ccc = createCccClient(testConfig(`http://127.0.0.1:${port}`), {
      fetch: countingFetch,
      retry: FAST_RETRY,
      rateLimitPerSecond: Number.POSITIVE_INFINITY,
    });
    const error = await rejection(ccc.describeNumbers({ SdkAppId: 1400000001 }));
    expect(error.code).toBe("Network.ConnectionRefused");
    expect(calls).toBe(FAST_RETRY.retries + 1);
  });
});

const predictiveRequest: CccRequest<"CreatePredictiveDialingCampaign"> = {
  SdkAppId: 1400000001,
  Name: "Q3 outreach",
  Callees: ["+8613800138000"],
  Callers: ["0086075586013388"],
  CallOrder: 0,
  SkillGroupId: 3,
  Priority: 1,
  ExpectedAbandonRate: 10,
  RetryInterval: 600,
  StartTime: 1_900_000_000,
  EndTime: 1_900_086_400,
};
