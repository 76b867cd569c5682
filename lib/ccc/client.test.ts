import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CccConfig } from "../config/ccc-env";
import type { CccRequest } from "./actions";
import { type CccClientOptions, createCccClient } from "./client";
import type { CccErrorKind } from "./errors";
import { parseTc3Authorization, signTc3, tc3Date } from "./sign";
import {
  type CccTestServer,
  createRequest,
  type ReceivedRequest,
  rejection,
  replyError,
  replyOk,
  requestId,
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

/** What CCC does: recompute the signature from the headers as received. */
function verifySignature(received: ReceivedRequest, config: CccConfig) {
  const auth = parseTc3Authorization(String(received.headers.authorization));
  if (!auth) throw new Error("no TC3 Authorization header");
  const timestamp = Number(received.headers["x-tc-timestamp"]);
  const signedHeaders = Object.fromEntries(
    auth.signedHeaderNames.map((name) => [name, String(received.headers[name])]),
  );
  const expected = signTc3({
    secretId: config.secretId,
    secretKey: config.secretKey,
    service: auth.service,
    timestamp,
    signedHeaders,
    payload: received.body,
  });
  return { auth, timestamp, matches: expected.signature === auth.signature };
}

describe("createCccClient: success and wire format", () => {
  it("returns the parsed response through the typed method and through call()", async () => {
    server.respond(
      replyOk({
        TotalCount: 1,
        CampaignList: [
          {
            CampaignId: 7,
            Name: "A",
            Status: 0,
            CalleeCount: 2,
            FinishedCalleeCount: 0,
            Priority: 1,
            SkillGroupId: 3,
            Unexpected: "dropped",
          },
        ],
      }),
    );
    const ccc = client();
    const page = await ccc.describePredictiveDialingCampaigns({ SdkAppId: 1400000001, PageSize: 10, PageNumber: 0 });
    expect(page.TotalCount).toBe(1);
    expect(page.CampaignList[0]).not.toHaveProperty("Unexpected");
    expect(page.RequestId).toBe(requestId(1));
    const again = await ccc.call("DescribePredictiveDialingCampaigns", {
      SdkAppId: 1400000001,
      PageSize: 10,
      PageNumber: 0,
    });
    expect(again.CampaignList).toHaveLength(1);
  });

  it("sends signed headers CCC can verify, Host exactly as signed (with port), fresh timestamps", async () => {
    server.respond(replyOk({ CampaignId: 42 }));
    let clock = Date.UTC(2030, 0, 1, 23, 59, 59, 500);
    const config = testConfig(server.url, { sessionToken: "tmpTokenXYZ", region: "ap-singapore", language: "en-US" });
    const ccc = createCccClient(config, { now: () => clock, rateLimitPerSecond: Number.POSITIVE_INFINITY });
    await ccc.createAgentCruiseDialingCampaign(createRequest);
    clock += 1_000; // crosses midnight UTC: the credential scope's date must follow
    await ccc.createAgentCruiseDialingCampaign(createRequest);

    const [first, second] = server.requests;
    if (!first || !second) throw new Error("expected two requests");
    for (const received of [first, second]) {
      const { auth, timestamp, matches } = verifySignature(received, config);
      expect(matches).toBe(true);
      expect(auth.signedHeaderNames).toEqual(["content-type", "host", "x-tc-action"]);
      expect(auth.service).toBe("ccc");
      expect(auth.date).toBe(tc3Date(timestamp));
      expect(received.headers.host).toBe(`127.0.0.1:${server.port}`);
      expect(received.headers["content-type"]).toBe("application/json");
      expect(received.headers["x-tc-action"]).toBe("CreateAgentCruiseDialingCampaign");
      expect(received.headers["x-tc-version"]).toBe("2020-02-10");
      expect(received.headers["x-tc-token"]).toBe("tmpTokenXYZ");
      expect(received.headers["x-tc-region"]).toBe("ap-singapore");
      expect(received.headers["x-tc-language"]).toBe("en-US");
      expect(JSON.parse(received.body)).toEqual(createRequest);
    }
    expect(first.headers["x-tc-timestamp"]).toBe(String(Math.floor(Date.UTC(2030, 0, 1, 23, 59, 59) / 1000)));
    expect(Number(second.headers["x-tc-timestamp"])).toBe(Number(first.headers["x-tc-timestamp"]) + 1);
    expect(parseTc3Authorization(String(second.headers.authorization))?.date).toBe("2030-01-02");
  });

  it("omits the optional headers when not configured, and a tampered body no longer verifies", async () => {
    server.respond(replyOk({ TotalCount: 0, Numbers: [] }));
    await client().describeNumbers({ SdkAppId: 1400000001 });
    const [received] = server.requests;
    if (!received) throw new Error("no request");
    expect(received.headers).not.toHaveProperty("x-tc-token");
    expect(received.headers).not.toHaveProperty("x-tc-region");
    expect(received.headers).not.toHaveProperty("x-tc-language");
    const config = testConfig(server.url);
    expect(verifySignature(received, config).matches).toBe(true);
    expect(
      verifySignature({ ...received, body: received.body.replace("1400000001", "1400000002") }, config).matches,
    ).toBe(false);
    expect(verifySignature(received, { ...config, secretKey: `${config.secretKey}x` }).matches).toBe(false);
  });
});

describe("createCccClient: CCC errors", () => {
  const cases: Array<[code: string, kind: CccErrorKind]> = [
    ["AuthFailure.SignatureFailure", "auth"],
    ["AuthFailure.SignatureExpire", "auth"],
    ["InvalidParameterValue", "validation"],
    ["LimitExceeded.OutOfCountLimit", "validation"],
    ["RequestLimitExceeded", "throttled"],
    ["UnsupportedOperation", "conflict"],
    ["ResourceNotFound", "conflict"],
    ["InternalError.DBError", "server"],
    ["ServiceUnavailable", "server"],
  ];
  it.each(cases)("Response.Error %s → kind %s, with code, message, RequestId and HTTP status", async (code, kind) => {
    server.respond(replyError(code, `${code}: something about the request`));
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error).toMatchObject({
      code,
      kind,
      action: "CreateAgentCruiseDialingCampaign",
      requestId: requestId(1),
      httpStatus: 200,
      message: `${code}: something about the request`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("names the field an InvalidParameterValue message points at", async () => {
    server.respond(replyError("InvalidParameterValue", "The value of parameter `ConcurrencyNumber` is out of range"));
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error.field).toBe("ConcurrencyNumber");
  });

  it("treats a non-200 HTTP status as a server error (not retried for a create)", async () => {
    server.respond((_req, res, index) => sendJson(res, { Response: { RequestId: requestId(index) } }, 502));
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error).toMatchObject({ kind: "server", httpStatus: 502, code: "InternalError.HttpStatus" });
    expect(error.requestId).toBe(requestId(1));
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["a body that is not JSON", "<html>gateway</html>"],
    ["JSON without Response", JSON.stringify({ ok: true })],
    ["a Response missing required fields", JSON.stringify({ Response: { RequestId: "r-1" } })],
    ["a Response with wrongly typed fields", JSON.stringify({ Response: { RequestId: "r-1", CampaignId: "42" } })],
  ])("rejects %s as InternalError.InvalidResponse, without retrying", async (_label, body) => {
    server.respond((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(body));
    const error = await rejection(client().createAgentCruiseDialingCampaign(createRequest));
    expect(error).toMatchObject({ kind: "server", code: "InternalError.InvalidResponse" });
    const describeError = await rejection(client().describeNumbers({ SdkAppId: 1400000001 }));
    expect(describeError.code).toBe("InternalError.InvalidResponse");
    expect(server.requests).toHaveLength(2);
  });
});

describe("createCccClient: request validation", () => {
  it("rejects an out-of-range field before sending anything, naming the field", async () => {
    const error = await rejection(
      client().createAgentCruiseDialingCampaign({ ...createRequest, ConcurrencyNumber: 99 }),
    );
    expect(error).toMatchObject({ kind: "validation", code: "InvalidParameterValue", field: "ConcurrencyNumber" });
    expect(error.message).toContain("ConcurrencyNumber");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects unknown fields and wrong types the same way", async () => {
    const unknown = { ...createRequest, Bogus: 1 } as CccRequest<"CreateAgentCruiseDialingCampaign">;
    expect((await rejection(client().createAgentCruiseDialingCampaign(unknown))).kind).toBe("validation");
    const wrongType = { SdkAppId: "1400000001" } as unknown as CccRequest<"DescribeNumbers">;
    const error = await rejection(client().describeNumbers(wrongType));
    expect(error).toMatchObject({ kind: "validation", field: "SdkAppId" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("createCccClient: late writes", () => {
  it("tells the limiter when a request reached the wire well after its turn, and by how much", async () => {
    const late: [string, number][] = [];
    const limiter = {
      acquire: async () => undefined,
      wroteLate: (action: string, ms: number) => late.push([action, ms]),
    };
    // A connection that takes 40 ms to pick the request up (a new one, or a busy event loop), then one at once.
    const delays = [40, 0];
    const post: CccClientOptions["post"] = async (_url, request) => {
      await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
      request.onWrite?.(performance.now());
      return { status: 200, text: JSON.stringify({ Response: { RequestId: "r-1", TotalCount: 0, Numbers: [] } }) };
    };
    const ccc = client({ limiter, post });
    await ccc.describeNumbers({ SdkAppId: 1400000001 }).catch(() => undefined);
    await ccc.describeNumbers({ SdkAppId: 1400000001 }).catch(() => undefined);
    expect(late).toHaveLength(1);
    expect(late[0]?.[0]).toBe("DescribeNumbers");
    expect(late[0]?.[1]).toBeGreaterThanOrEqual(39);
  });
});

describe("createCccClient: limiter lanes", () => {
  it("queues reads in the background lane unless fresh, writes and explicit lanes as asked", async () => {
    const lanes: string[] = [];
    const ccc = client({ limiter: { acquire: async (action, o) => void lanes.push(`${action} ${o?.lane}`) } });
    const ref = { SdkAppId: 1400000001, CampaignId: 7 };
    server.respond(replyOk());
    await ccc.abortAgentCruiseDialingCampaign(ref);
    await ccc.describeAgentCruiseDialingCampaign(ref).catch(() => undefined);
    await ccc.describeAgentCruiseDialingCampaign(ref, { fresh: true }).catch(() => undefined);
    await ccc.describeAgentCruiseDialingCampaign(ref, { fresh: true, lane: "background" }).catch(() => undefined);
    expect(lanes).toEqual([
      "AbortAgentCruiseDialingCampaign interactive",
      "DescribeAgentCruiseDialingCampaign background",
      "DescribeAgentCruiseDialingCampaign interactive",
      "DescribeAgentCruiseDialingCampaign background",
    ]);
  });
});
