import { describe, expect, it } from "vitest";
import type { TPredictiveCreateFields } from "./create-schema";
import { toPredictiveCreateRequest } from "./to-create-request";

const base: TPredictiveCreateFields = {
  sdkAppId: 1400000001,
  name: "Renewals",
  skillGroupId: 3,
  priority: 2,
  callOrder: 0,
  expectedAbandonRate: 0,
  retryInterval: 600,
  retryTimes: undefined,
  ivrId: undefined,
  uui: "",
  variables: [],
  startTime: 1_800_000_000,
  endTime: 1_800_003_600,
  callees: ["+8613800000001"],
  calleeAttributes: [],
  callers: [" 0086075586013388 "],
  timeZone: "Asia/Shanghai",
  availableTime: [],
};

describe("toPredictiveCreateRequest", () => {
  it("leaves out every optional field the user left empty, and never invents 0 or an empty list", () => {
    const request = toPredictiveCreateRequest(base);
    expect(request).toEqual({
      SdkAppId: 1400000001,
      Name: "Renewals",
      SkillGroupId: 3,
      Priority: 2,
      CallOrder: 0,
      ExpectedAbandonRate: 0,
      RetryInterval: 600,
      StartTime: 1_800_000_000,
      EndTime: 1_800_003_600,
      Callees: ["+8613800000001"],
      Callers: ["0086075586013388"],
      TimeZone: "Asia/Shanghai",
    });
  });

  it("sends the optional fields that were set, windows sorted with seconds", () => {
    const request = toPredictiveCreateRequest({
      ...base,
      retryTimes: 0,
      ivrId: 12,
      uui: "u",
      variables: [{ key: "a", value: "b" }],
      calleeAttributes: [{ callee: "+8613800000001", uui: "x" }],
      availableTime: [
        { start: "14:00", end: "18:00" },
        { start: "09:30", end: "12:00" },
      ],
    });
    expect(request).toMatchObject({
      RetryTimes: 0,
      IVRId: 12,
      UUI: "u",
      Variables: [{ Key: "a", Value: "b" }],
      CalleeAttributes: [{ Callee: "+8613800000001", UUI: "x" }],
      AvailableTime: [
        { StartTime: "09:30:00", EndTime: "12:00:00" },
        { StartTime: "14:00:00", EndTime: "18:00:00" },
      ],
    });
  });
});
