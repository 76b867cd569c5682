import { describe, expect, it } from "vitest";
import { CRUISE_NAME_MAX, CRUISE_UUI_MAX, createCruiseCampaignSchema, toCreateRequest } from "./create-schema";

const NOW = 1_800_000_000;
const schema = createCruiseCampaignSchema(() => NOW);

const valid = {
  sdkAppId: 1400000001,
  name: "  Callbacks  ",
  agent: "li.na@example.com",
  concurrencyNumber: 3,
  startTime: NOW + 3600,
  endTime: NOW + 7200,
  callees: ["+8613800000001", "+8613800000002"],
  callers: ["0086075586013388"],
  callOrder: 1 as const,
  uui: "",
};

/** The error keys per field of a parse, e.g. { concurrencyNumber: ["concurrencyRange"] }. */
function errorsOf(input: Record<string, unknown>) {
  const result = schema.safeParse({ ...valid, ...input });
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

describe("createCruiseCampaignSchema", () => {
  it("accepts a valid campaign and trims the name", () => {
    const parsed = schema.parse(valid);
    expect(parsed.name).toBe("Callbacks");
    expect(parsed).toMatchObject({ agent: "li.na@example.com", concurrencyNumber: 3, callOrder: 1 });
  });

  it.each([
    [0, ["concurrencyRange"]],
    [1, undefined],
    [20, undefined],
    [21, ["concurrencyRange"]],
    [2.5, ["concurrencyRange"]],
    [Number.NaN, ["concurrencyRange"]],
  ])("concurrency %s → %j", (concurrencyNumber, expected) => {
    expect(errorsOf({ concurrencyNumber }).concurrencyNumber).toEqual(expected);
  });

  it("UUI: 1024 characters pass, 1025 fail, empty is allowed", () => {
    expect(errorsOf({ uui: "u".repeat(CRUISE_UUI_MAX) }).uui).toBeUndefined();
    expect(errorsOf({ uui: "u".repeat(CRUISE_UUI_MAX + 1) }).uui).toEqual(["uuiTooLong"]);
    expect(errorsOf({ uui: "" }).uui).toBeUndefined();
  });

  it("name: required after trimming, at most CRUISE_NAME_MAX characters", () => {
    expect(errorsOf({ name: "   " }).name).toEqual(["nameRequired"]);
    expect(errorsOf({ name: "n".repeat(CRUISE_NAME_MAX) }).name).toBeUndefined();
    expect(errorsOf({ name: ` ${"n".repeat(CRUISE_NAME_MAX)} ` }).name).toBeUndefined();
    expect(errorsOf({ name: "n".repeat(CRUISE_NAME_MAX + 1) }).name).toEqual(["nameTooLong"]);
  });

  it("start must be after now: in the past and exactly now fail, one second later passes", () => {
    expect(errorsOf({ startTime: NOW - 60 }).startTime).toEqual(["startInPast"]);
    expect(errorsOf({ startTime: NOW }).startTime).toEqual(["startInPast"]);
    expect(errorsOf({ startTime: NOW + 1 }).startTime).toBeUndefined();
  });

  it("end must be after start: equal fails, before fails, one second after passes", () => {
    expect(errorsOf({ endTime: valid.startTime }).endTime).toEqual(["endBeforeStart"]);
    expect(errorsOf({ endTime: valid.startTime - 1 }).endTime).toEqual(["endBeforeStart"]);
    expect(errorsOf({ endTime: valid.startTime + 1 }).endTime).toBeUndefined();
  });

  it("missing times say so rather than 'in the past'", () => {
    expect(errorsOf({ startTime: undefined }).startTime).toEqual(["timeRequired"]);
    expect(errorsOf({ endTime: undefined }).endTime).toEqual(["timeRequired"]);
  });

  it("re-reads the clock at each parse (the server's clock decides)", () => {
    let now = NOW;
    const live = createCruiseCampaignSchema(() => now);
    expect(live.safeParse(valid).success).toBe(true);
    now = valid.startTime;
    expect(live.safeParse(valid).success).toBe(false);
  });

  it.each(["", "li.na", "li.na@", "@example.com", "li na@example.com", "1001"])("agent %j is refused", (agent) => {
    const expected = agent === "" ? ["agentRequired"] : ["agentNotEmail"];
    expect(errorsOf({ agent }).agent).toEqual(expected);
  });

  it("an empty callee list and an empty caller list are refused", () => {
    expect(errorsOf({ callees: [] }).callees).toEqual(["calleesRequired"]);
    expect(errorsOf({ callers: [] }).callers).toEqual(["callersRequired"]);
  });

  it("callees must be E.164 (the server re-normalizes anything else)", () => {
    expect(errorsOf({ callees: ["13800000001"] }).callees).toEqual(["calleeNotE164"]);
  });

  it("no app chosen, an unknown call order and unknown fields are refused", () => {
    expect(errorsOf({ sdkAppId: undefined }).sdkAppId).toEqual(["appRequired"]);
    expect(errorsOf({ callOrder: 2 }).callOrder).toEqual(["callOrderRequired"]);
    expect(schema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });
});

describe("toCreateRequest", () => {
  it("maps every field to CCC's names and leaves out an empty UUI", () => {
    const values = schema.parse(valid);
    expect(toCreateRequest(values)).toEqual({
      SdkAppId: 1400000001,
      Name: "Callbacks",
      Agent: "li.na@example.com",
      ConcurrencyNumber: 3,
      StartTime: NOW + 3600,
      EndTime: NOW + 7200,
      Callees: ["+8613800000001", "+8613800000002"],
      Callers: ["0086075586013388"],
      CallOrder: 1,
    });
    expect(toCreateRequest({ ...values, uui: "x" }).UUI).toBe("x");
  });
});
