import { afterEach, describe, expect, it, vi } from "vitest";
import { createCccClient } from "./ccc/client";
import {
  createRequest,
  rejection,
  replyError,
  replyOk,
  requestId,
  startCccTestServer,
  TEST_SECRET_KEY,
  testConfig,
} from "./ccc/testing/ccc-test-server";
import { createLogger, maskMessage, summarizeRequest } from "./log";

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("summarizeRequest", () => {
  it("keeps numbers and labels, counts lists, reduces free text to its length", () => {
    expect(
      summarizeRequest({
        SdkAppId: 1400000001,
        Name: "Spring renewals",
        Agent: "agent@example.com",
        Callees: ["+8613800138000", "+8613900139000", "+8613700137000"],
        CalleeAttributes: [{ Callee: "+8613800138000", UUI: "x" }],
        Variables: [],
        UUI: "customer 123",
        RingAll: true,
        Nested: { a: 1, b: 2 },
        Skipped: undefined,
      }),
    ).toEqual({
      SdkAppId: 1400000001,
      Name: "Spring renewals",
      Agent: { length: 17 },
      Callees: { count: 3 },
      CalleeAttributes: { count: 1 },
      Variables: { count: 0 },
      UUI: { length: 12 },
      RingAll: true,
      Nested: { count: 2 },
    });
  });

  it("truncates long names and copes with non-objects", () => {
    expect(String(summarizeRequest({ Name: "x".repeat(500) }).Name)).toHaveLength(81);
    expect(summarizeRequest(["a", "b"])).toEqual({ request: { count: 2 } });
    expect(summarizeRequest("text")).toEqual({ request: "string" });
    expect(summarizeRequest(null)).toEqual({ request: "object" });
  });
});

describe("maskMessage", () => {
  it("keeps field and rule, drops quoted values and phone-like digit runs", () => {
    expect(maskMessage('Callees.3 "+8613800138000" is not a phone number')).toBe('Callees.3 "…" is not a phone number');
    expect(maskMessage("Callee +8613800138000 or 13800138000 is invalid")).toBe("Callee … or … is invalid");
    expect(maskMessage("ConcurrencyNumber must be between 1 and 20")).toBe(
      "ConcurrencyNumber must be between 1 and 20",
    );
  });
});

describe("createLogger", () => {
  it("redacts keys, Authorization, X-TC-Token and callee lists wherever a stray object puts them", () => {
    const { lines, destination } = capture();
    const log = createLogger(destination, { level: "info" });
    log.info({
      secretKey: TEST_SECRET_KEY,
      config: { secretKey: TEST_SECRET_KEY, sessionToken: "tok-123" },
      headers: { Authorization: "TC3-HMAC-SHA256 Credential=abc", "X-TC-Token": "tok-123" },
      request: { Callees: ["+8613800138000"], CalleeAttributes: [{ Callee: "+8613900139000" }] },
      Callees: ["+8613700137000", "+8613600136000"],
    });
    const [line] = lines;
    expect(line).toBeDefined();
    for (const secret of [TEST_SECRET_KEY, "tok-123", "Credential=abc", "861380013", "861390013", "861370013"]) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line ?? "{}").Callees).toBe("[redacted 2 items]");
  });

  it("takes its level from LOG_LEVEL, silent under vitest otherwise, ignoring nonsense", () => {
    vi.stubEnv("LOG_LEVEL", "debug");
    expect(createLogger(capture().destination).level).toBe("debug");
    vi.stubEnv("LOG_LEVEL", "loud");
    expect(createLogger(capture().destination).level).toBe("silent");
    vi.stubEnv("LOG_LEVEL", "");
    expect(createLogger(capture().destination).level).toBe("silent");
    vi.stubEnv("VITEST", "");
    expect(createLogger(capture().destination).level).toBe("info");
  });
});

describe("the CCC client's log lines", () => {
  it("carry action, attempt, duration, RequestId, outcome and a summary, and no secret or callee", async () => {
    const server = await startCccTestServer(replyOk({ CampaignId: 9 }));
    try {
      const { lines, destination } = capture();
      const config = testConfig(server.url, { sessionToken: "sessionTokenValue-42" });
      const ccc = createCccClient(config, { logger: createLogger(destination, { level: "debug" }) });
      await ccc.createAgentCruiseDialingCampaign(createRequest);
      server.respond(
        replyError("InvalidParameterValue", `Callees.1 "${createRequest.Callees?.[1]}" is not a phone number`),
      );
      await rejection(ccc.createAgentCruiseDialingCampaign(createRequest));

      expect(lines).toHaveLength(2);
      const [ok, failed] = lines.map((line) => JSON.parse(line));
      expect(ok).toMatchObject({
        action: "CreateAgentCruiseDialingCampaign",
        attempt: 1,
        outcome: "ok",
        requestId: requestId(1),
        request: { SdkAppId: 1400000001, Callees: { count: 2 }, Agent: { length: 17 } },
      });
      expect(ok.durationMs).toEqual(expect.any(Number));
      expect(failed).toMatchObject({ outcome: "InvalidParameterValue", kind: "validation", attempt: 1 });
      expect(failed.detail).toBe('Callees.1 "…" is not a phone number');

      const everything = lines.join("\n");
      const authorizations = server.requests.map((r) => String(r.headers.authorization));
      const forbidden = [TEST_SECRET_KEY, "sessionTokenValue-42", ...authorizations, ...(createRequest.Callees ?? [])];
      for (const value of forbidden) expect(everything).not.toContain(value);
      // Signatures alone must not leak either (an Authorization header split over fields would still be one).
      for (const auth of authorizations) expect(everything).not.toContain(auth.slice(-64));
    } finally {
      await server.close();
    }
  });
});
