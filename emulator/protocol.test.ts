/** CCC's "no": every signature, protocol and parameter check answers with CCC's exact error code. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "./server";
import { type CccCaller, codeOf, createCccCaller } from "./test-support";

const T = 1_760_000_000; // 2025-10-09T08:53:20Z, mid-day UTC so ±5 minutes stays on the same date
const APP = 1400000001;
const CALLER = "0086075586013388";

let emulator: RunningEmulator;
let ccc: CccCaller;

beforeAll(async () => {
  emulator = await startEmulator({ now: () => T * 1000, maxCallees: 5, rateLimitPerSecond: 0 });
  ccc = createCccCaller(emulator, () => T);
});
afterAll(() => emulator.close());

const cruise = (overrides: Record<string, unknown> = {}) => ({
  SdkAppId: APP,
  Name: "回访",
  Agent: "li.na@example.com",
  ConcurrencyNumber: 3,
  StartTime: T + 600,
  EndTime: T + 3600,
  Callees: ["+8613800000001"],
  Callers: [CALLER],
  ...overrides,
});

const predictive = (overrides: Record<string, unknown> = {}) => ({
  SdkAppId: APP,
  Name: "预测外呼",
  Callees: ["+8613800000001", "+8613800000002"],
  Callers: [CALLER],
  CallOrder: 0,
  SkillGroupId: 101,
  Priority: 3,
  ExpectedAbandonRate: 10,
  RetryInterval: 600,
  StartTime: T + 600,
  EndTime: T + 3600,
  ...overrides,
});

describe("TC3 signature checks", () => {
  const numbers = { SdkAppId: APP };

  it("accepts a correctly signed request, with HTTP 200 and a uuid RequestId", async () => {
    const reply = await ccc.call("DescribeNumbers", numbers);
    expect(reply.status).toBe(200);
    expect(codeOf(reply)).toBe("OK");
    expect(reply.Response.RequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it.each([
    ["a wrong SecretKey", { secretKey: "wrong-key-wrong-key-wrong-key-0000" }, "AuthFailure.SignatureFailure"],
    ["a tampered body", { sentBody: JSON.stringify({ SdkAppId: 1400000002 }) }, "AuthFailure.SignatureFailure"],
    ["Host signed as another name", { signedHost: "ccc.tencentcloudapi.com" }, "AuthFailure.SignatureFailure"],
    ["a timestamp 301 s old", { timestamp: T - 301 }, "AuthFailure.SignatureExpire"],
    ["a timestamp 301 s ahead", { timestamp: T + 301 }, "AuthFailure.SignatureExpire"],
    ["an unknown SecretId", { secretId: "AKIDnobodyKnowsThisOne000000000000" }, "AuthFailure.SecretIdNotFound"],
    ["no Authorization header", { authorization: null }, "AuthFailure.InvalidAuthorization"],
    ["a malformed Authorization", { authorization: "Bearer abc" }, "AuthFailure.InvalidAuthorization"],
    ["the credential scope of another service", { service: "cvm" }, "AuthFailure.InvalidAuthorization"],
  ])("rejects %s", async (_label, options, code) => {
    const reply = await ccc.call("DescribeNumbers", numbers, options);
    expect(reply.status).toBe(200);
    expect(codeOf(reply)).toBe(code);
    expect(reply.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("accepts timestamps within 5 minutes and Host signed without its port (the official SDK's quirk)", async () => {
    expect(codeOf(await ccc.call("DescribeNumbers", numbers, { timestamp: T - 299 }))).toBe("OK");
    expect(codeOf(await ccc.call("DescribeNumbers", numbers, { timestamp: T + 299 }))).toBe("OK");
    expect(codeOf(await ccc.call("DescribeNumbers", numbers, { signedHost: "127.0.0.1" }))).toBe("OK");
  });

  it("rejects a credential scope date that is not the timestamp's date", async () => {
    const good = await ccc.call("DescribeNumbers", numbers);
    expect(codeOf(good)).toBe("OK");
    const { signTc3 } = await import("../lib/ccc/sign");
    const signed = signTc3({
      secretId: emulator.secretId,
      secretKey: emulator.secretKey,
      service: "ccc",
      timestamp: T,
      signedHeaders: { "content-type": "application/json", host: new URL(emulator.url).host },
      payload: JSON.stringify(numbers),
    });
    const reply = await ccc.call("DescribeNumbers", numbers, {
      authorization: signed.authorization.replace("2025-10-09", "2025-10-08"),
    });
    expect(codeOf(reply)).toBe("AuthFailure.InvalidAuthorization");
  });
});

describe("protocol checks", () => {
  it("answers a wrong X-TC-Version with NoSuchVersion and an unknown action with InvalidAction", async () => {
    expect(codeOf(await ccc.call("DescribeNumbers", { SdkAppId: APP }, { version: "2017-03-12" }))).toBe(
      "NoSuchVersion",
    );
    expect(codeOf(await ccc.call("DescribeIMCdrs", { SdkAppId: APP }))).toBe("InvalidAction");
  });

  it("answers a body that is not JSON with InvalidParameter", async () => {
    expect(codeOf(await ccc.call("DescribeNumbers", null, { rawBody: "{SdkAppId: 1" }))).toBe("InvalidParameter");
    expect(codeOf(await ccc.call("DescribeNumbers", null, { rawBody: "[1]" }))).toBe("InvalidParameter");
  });

  it("answers a body over 10 MB with RequestSizeLimitExceeded", async () => {
    const huge = JSON.stringify({ SdkAppId: APP, Pad: "x".repeat(10 * 1024 * 1024) });
    const reply = await ccc.call("DescribeNumbers", null, { rawBody: huge });
    expect(codeOf(reply)).toBe("RequestSizeLimitExceeded");
    // Just under the limit is read, verified and validated: the next problem is the unknown parameter.
    const under = JSON.stringify({ SdkAppId: APP, Pad: "x".repeat(10 * 1024 * 1024 - 64) });
    expect(codeOf(await ccc.call("DescribeNumbers", null, { rawBody: under }))).toBe("UnknownParameter");
  });
});

describe("parameter validation with the registry's schemas", () => {
  it.each([
    ["UnknownParameter", "Foo is not a parameter of CreateAgentCruiseDialingCampaign", cruise({ Foo: 1 })],
    ["MissingParameter", "Name is a required parameter and is missing", cruise({ Name: undefined })],
    ["InvalidParameterValue", "ConcurrencyNumber must be between 1 and 20", cruise({ ConcurrencyNumber: 25 })],
    ["InvalidParameterValue", "ConcurrencyNumber must be between 1 and 20", cruise({ ConcurrencyNumber: 0 })],
    [
      "InvalidParameterValue",
      "ConcurrencyNumber must be an integer between 1 and 20",
      cruise({ ConcurrencyNumber: "3" }),
    ],
    ["InvalidParameterValue", "CallOrder must be 0 or 1", cruise({ CallOrder: 2 })],
    ["InvalidParameterValue", "UUI must be at most 1024 characters long", cruise({ UUI: "u".repeat(1025) })],
    ["InvalidParameterValue", "Callees.1 must be a string", cruise({ Callees: ["+8613800000001", 13800000002] })],
    ["InvalidParameterValue", "SdkAppId must be a positive integer", cruise({ SdkAppId: 0 })],
  ])("answers %s: %s", async (code, message, body) => {
    const reply = await ccc.call("CreateAgentCruiseDialingCampaign", body);
    expect(reply.Response.Error).toEqual({ Code: code, Message: message });
  });

  it("reports unknown parameters before missing ones, and names fields in nested lists", async () => {
    const reply = await ccc.call("CreateAgentCruiseDialingCampaign", { Bar: 1 });
    expect(reply.Response.Error?.Code).toBe("UnknownParameter");
    const nested = await ccc.call(
      "CreatePredictiveDialingCampaign",
      predictive({ Variables: [{ Key: "k" }], ExpectedAbandonRate: 10 }),
    );
    expect(nested.Response.Error).toEqual({
      Code: "MissingParameter",
      Message: "Variables.0.Value is a required parameter and is missing",
    });
  });

  it("uses each action's own ranges (ExpectedAbandonRate 0–50 on create, 5–50 on update; PageSize ≤ 100)", async () => {
    const create = await ccc.call("CreatePredictiveDialingCampaign", predictive({ ExpectedAbandonRate: 51 }));
    expect(create.Response.Error?.Message).toBe("ExpectedAbandonRate must be between 0 and 50");
    const update = await ccc.call("UpdatePredictiveDialingCampaign", {
      ...predictive({ ExpectedAbandonRate: 4 }),
      CampaignId: 1001,
    });
    expect(update.Response.Error).toEqual({
      Code: "InvalidParameterValue",
      Message: "ExpectedAbandonRate must be between 5 and 50",
    });
    const list = await ccc.call("DescribePredictiveDialingCampaigns", { SdkAppId: APP, PageSize: 101, PageNumber: 0 });
    expect(list.Response.Error?.Message).toBe("PageSize must be between 1 and 100");
  });
});

describe("business rules", () => {
  it("answers an SdkAppId that is not seeded, naming it", async () => {
    const lookup = await ccc.call("DescribeSkillGroupInfoList", { SdkAppId: 999, PageSize: 10, PageNumber: 0 });
    expect(lookup.Response.Error?.Code).toBe("InvalidParameterValue.InstanceNotExist");
    const create = await ccc.call("CreateAgentCruiseDialingCampaign", cruise({ SdkAppId: 999 }));
    expect(create.Response.Error?.Code).toBe("InvalidParameterValue");
    expect(create.Response.Error?.Message).toMatch(/^SdkAppId 999 /);
  });

  it("answers more callees than the configured limit with LimitExceeded.OutOfCountLimit", async () => {
    const callees = Array.from({ length: 6 }, (_, i) => `+861380000000${i}`);
    const reply = await ccc.call("CreatePredictiveDialingCampaign", predictive({ Callees: callees }));
    expect(reply.Response.Error).toEqual({
      Code: "LimitExceeded.OutOfCountLimit",
      Message: "Callees has 6 numbers; at most 5 are allowed per campaign",
    });
    const cruiseReply = await ccc.call("CreateAgentCruiseDialingCampaign", cruise({ Callees: callees }));
    expect(cruiseReply.Response.Error?.Code).toBe("LimitExceeded.OutOfCountLimit");
    expect(codeOf(await ccc.call("CreatePredictiveDialingCampaign", predictive({ Callees: callees.slice(1) })))).toBe(
      "OK",
    );
  });

  it("answers an update of a campaign that is not pending with UnsupportedOperation", async () => {
    for (const CampaignId of [1004, 1005, 1006, 1007]) {
      const reply = await ccc.call("UpdatePredictiveDialingCampaign", { ...predictive(), CampaignId });
      expect(reply.Response.Error?.Code, String(CampaignId)).toBe("UnsupportedOperation");
    }
    expect(codeOf(await ccc.call("UpdatePredictiveDialingCampaign", { ...predictive(), CampaignId: 1001 }))).toBe("OK");
  });

  it.each([
    ["EndTime must be later than StartTime (1760000600)", predictive({ EndTime: T + 600 })],
    [
      "EndTime must be in the future (server time is 1760000000)",
      predictive({ StartTime: T - 7200, EndTime: T - 3600 }),
    ],
    ["SkillGroupId 999 does not exist in SdkAppId 1400000001", predictive({ SkillGroupId: 999 })],
    ["SkillGroupId 104 is not a phone skill group (SkillGroupType 1)", predictive({ SkillGroupId: 104 })],
    [
      'Callers.0 "0086010625301208" cannot call out (number state 2, not 1 normal)',
      predictive({ Callers: ["0086010625301208"] }),
    ],
    ['Callers.0 "123" is not a number of SdkAppId 1400000001', predictive({ Callers: ["123"] })],
    ['Callees.1 "call me" is not a phone number', predictive({ Callees: ["+8613800000001", "call me"] })],
    [
      'TimeZone "Mars/Olympus" is not an IANA time zone such as Asia/Shanghai',
      predictive({ TimeZone: "Mars/Olympus" }),
    ],
    [
      "AvailableTime.0.EndTime must be later than AvailableTime.0.StartTime",
      predictive({ AvailableTime: [{ StartTime: "18:00:00", EndTime: "09:00:00" }] }),
    ],
    [
      // Refused by the wire schema before the business rules, naming the field and the pattern.
      "AvailableTime.1.StartTime must be a string matching /^\\d{2}:\\d{2}:\\d{2}$/",
      predictive({
        AvailableTime: [
          { StartTime: "09:00:00", EndTime: "12:00:00" },
          { StartTime: "1pm", EndTime: "18:00:00" },
        ],
      }),
    ],
  ])("rejects a predictive campaign: %s", async (message, body) => {
    const reply = await ccc.call("CreatePredictiveDialingCampaign", body);
    expect(reply.Response.Error).toEqual({ Code: "InvalidParameterValue", Message: message });
  });

  it("rejects an agent cruise campaign for someone who is not staff of the app", async () => {
    const reply = await ccc.call("CreateAgentCruiseDialingCampaign", cruise({ Agent: "nobody@example.com" }));
    expect(reply.Response.Error).toEqual({
      Code: "InvalidParameterValue",
      Message: "Agent nobody@example.com is not a staff member of SdkAppId 1400000001",
    });
  });

  it("answers an unknown CampaignId with ResourceNotFound", async () => {
    const reply = await ccc.call("DescribePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 424242 });
    expect(reply.Response.Error?.Code).toBe("ResourceNotFound");
  });
});

describe("rate limit", () => {
  it("answers the 21st request within a second of the same action with RequestLimitExceeded", async () => {
    const limited = await startEmulator();
    try {
      const caller = createCccCaller(limited);
      const replies = await Promise.all(
        Array.from({ length: 30 }, () => caller.call("DescribeNumbers", { SdkAppId: APP })),
      );
      const codes = replies.map(codeOf);
      expect(codes.filter((c) => c === "OK")).toHaveLength(20);
      expect(codes.filter((c) => c === "RequestLimitExceeded")).toHaveLength(10);
      // The limit is per action: another action still has its whole second.
      expect(codeOf(await caller.call("DescribeStaffInfoList", { SdkAppId: APP, PageSize: 1, PageNumber: 0 }))).toBe(
        "OK",
      );
      const counts = await limited.admin.requestCounts();
      expect(counts.byErrorCode.RequestLimitExceeded).toBe(10);
      expect(counts.byAction.DescribeNumbers).toEqual({ total: 30, succeeded: 20, failed: 10 });
    } finally {
      await limited.close();
    }
  });
});
