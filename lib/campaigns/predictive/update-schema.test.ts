import { describe, expect, it } from "vitest";
import { joinSeconds, splitSeconds } from "./limits";
import { predictiveUpdateSchema } from "./update-schema";

const NOW = 1_800_000_000;
const schema = predictiveUpdateSchema(() => NOW);

const valid = {
  sdkAppId: 1400000001,
  campaignId: 7,
  name: "Renewal reminders",
  callees: ["+8613800000001"],
  callers: ["0086075586013388"],
  callOrder: 1,
  skillGroupId: 3,
  priority: 3,
  expectedAbandonRate: 10,
  retryInterval: 600,
  retryTimes: 1,
  startTime: NOW + 3600,
  endTime: NOW + 7200,
  variables: [],
};

/** The error keys zod reports for `field` when it holds `value`. */
function errorsFor(field: string, value: unknown, base: Record<string, unknown> = valid): string[] {
  const result = schema.safeParse({ ...base, [field]: value });
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe("predictiveUpdateSchema", () => {
  it("accepts a complete edit", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["priority", 0, ["priorityRange"]],
    ["priority", 1, []],
    ["priority", 5, []],
    ["priority", 6, ["priorityRange"]],
    ["expectedAbandonRate", 4, ["abandonRange"]],
    ["expectedAbandonRate", 5, []],
    ["expectedAbandonRate", 50, []],
    ["expectedAbandonRate", 51, ["abandonRange"]],
    ["retryInterval", 59, ["retryIntervalRange"]],
    ["retryInterval", 60, []],
    ["retryInterval", 86_400, []],
    ["retryInterval", 86_401, ["retryIntervalRange"]],
    ["retryTimes", -1, ["retryTimesRange"]],
    ["retryTimes", 0, []],
    ["retryTimes", 2, []],
    ["retryTimes", 3, ["retryTimesRange"]],
  ])("%s = %d → %j", (field, value, expected) => {
    expect(errorsFor(field, value)).toEqual(expected);
  });

  it.each(["priority", "expectedAbandonRate", "retryInterval", "retryTimes", "ivrId"])(
    "refuses a non-integer %s",
    (field) => {
      expect(errorsFor(field, 2.5)).toEqual(["notInteger"]);
    },
  );

  it.each(["priority", "expectedAbandonRate", "retryInterval", "retryTimes", "ivrId"])(
    "refuses non-numeric %s (text, NaN from an empty or garbled input)",
    (field) => {
      expect(errorsFor(field, "3")).toEqual(["notNumber"]);
      expect(errorsFor(field, Number.NaN)).toEqual(["notNumber"]);
    },
  );

  it("requires the numeric fields", () => {
    expect(errorsFor("priority", undefined)).toEqual(["required"]);
  });

  it("refuses a start time now or in the past, accepts one second ahead", () => {
    expect(errorsFor("startTime", NOW - 60, { ...valid, endTime: NOW + 60 })).toEqual(["startInPast"]);
    expect(errorsFor("startTime", NOW, { ...valid, endTime: NOW + 60 })).toEqual(["startInPast"]);
    expect(errorsFor("startTime", NOW + 1)).toEqual([]);
  });

  it("reads now when parsing, not when the schema was built", () => {
    let now = NOW;
    const live = predictiveUpdateSchema(() => now);
    expect(live.safeParse(valid).success).toBe(true);
    now = valid.startTime;
    expect(live.safeParse(valid).success).toBe(false);
  });

  it("refuses an end time before or equal to the start", () => {
    expect(errorsFor("endTime", valid.startTime - 1)).toEqual(["endBeforeStart"]);
    expect(errorsFor("endTime", valid.startTime)).toEqual(["endBeforeStart"]);
    expect(errorsFor("endTime", valid.startTime + 1)).toEqual([]);
  });

  it("refuses empty callee and caller lists", () => {
    expect(errorsFor("callees", [])).toEqual(["calleesRequired"]);
    expect(errorsFor("callers", [])).toEqual(["callersRequired"]);
    expect(errorsFor("callees", ["13800000000"])).toEqual(["calleeNotE164"]);
  });

  it("refuses a blank or too long name", () => {
    expect(errorsFor("name", "   ")).toEqual(["nameRequired"]);
    expect(errorsFor("name", "x".repeat(101))).toEqual(["nameLong"]);
    expect(schema.parse({ ...valid, name: "  Trimmed  " }).name).toBe("Trimmed");
  });

  it("takes only 0 or 1 as call order, and a positive skill group", () => {
    expect(errorsFor("callOrder", 2)).toEqual(["callOrder"]);
    expect(errorsFor("callOrder", 0)).toEqual([]);
    expect(errorsFor("skillGroupId", undefined)).toEqual(["skillGroupRequired"]);
    expect(errorsFor("skillGroupId", 0)).toEqual(["skillGroupRequired"]);
  });

  it("treats IVR and UUI as optional and bounds UUI at 1024 characters", () => {
    expect(errorsFor("ivrId", undefined)).toEqual([]);
    expect(errorsFor("ivrId", 0)).toEqual(["ivrIdRange"]);
    expect(errorsFor("uui", "x".repeat(1024))).toEqual([]);
    expect(errorsFor("uui", "x".repeat(1025))).toEqual(["uuiLong"]);
  });

  it("requires variable keys, unique", () => {
    const rows = (keys: string[]) => keys.map((key) => ({ key, value: "v" }));
    expect(errorsFor("variables", rows(["a", "b"]))).toEqual([]);
    expect(errorsFor("variables", rows(["a", " "]))).toEqual(["variableKeyRequired"]);
    expect(errorsFor("variables", rows(["a", "a"]))).toEqual(["variableKeyDup"]);
  });

  it("refuses unknown fields (the action is a public endpoint)", () => {
    expect(schema.safeParse({ ...valid, Status: 0 }).success).toBe(false);
  });
});

describe("retry interval hours/minutes/seconds", () => {
  it("splits and joins", () => {
    expect(splitSeconds(86_400)).toEqual({ hours: 24, minutes: 0, seconds: 0 });
    expect(splitSeconds(3725)).toEqual({ hours: 1, minutes: 2, seconds: 5 });
    expect(joinSeconds({ hours: 1, minutes: 2, seconds: 5 })).toBe(3725);
    expect(joinSeconds({ hours: Number.NaN, minutes: 0, seconds: 0 })).toBeNaN();
  });
});
