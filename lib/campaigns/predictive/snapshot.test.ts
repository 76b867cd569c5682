import { describe, expect, it } from "vitest";
import { editBlockReason, snapshotChanges, toPredictiveSnapshot } from "./snapshot";

const describeAnswer = {
  Name: "Renewals",
  CallOrder: 1 as const,
  SkillGroupId: 3,
  IVRId: null,
  Priority: 2,
  ExpectedAbandonRate: 10,
  RetryTimes: 1,
  RetryInterval: 600,
  StartTime: 2000,
  EndTime: 3000,
  Variables: [{ Key: "k", Value: "v" }],
  UUI: null,
  Status: 0 as const,
  StatusReason: 0 as const,
};

describe("toPredictiveSnapshot", () => {
  it("maps Describe's answer to the console's names, with nulls for the absent optional fields", () => {
    expect(toPredictiveSnapshot(describeAnswer)).toEqual({
      name: "Renewals",
      callOrder: 1,
      skillGroupId: 3,
      ivrId: null,
      priority: 2,
      expectedAbandonRate: 10,
      retryTimes: 1,
      retryInterval: 600,
      startTime: 2000,
      endTime: 3000,
      variables: [{ key: "k", value: "v" }],
      uui: null,
      status: "pending",
      statusReason: 0,
    });
  });
});

describe("snapshotChanges", () => {
  const opened = toPredictiveSnapshot(describeAnswer);
  it("is empty when nothing changed", () => {
    expect(snapshotChanges(opened, { ...opened })).toEqual([]);
  });
  it("lists every changed field with then → now", () => {
    const now = { ...opened, priority: 1, variables: [{ key: "k", value: "w" }], status: "running" as const };
    expect(snapshotChanges(opened, now)).toEqual([
      { field: "priority", from: 2, to: 1 },
      { field: "variables", from: [{ key: "k", value: "v" }], to: [{ key: "k", value: "w" }] },
      { field: "status", from: "pending", to: "running" },
    ]);
  });
});

describe("editBlockReason", () => {
  it("allows a pending campaign whose start is ahead", () => {
    expect(editBlockReason({ status: "pending", startTime: 2000 }, 1999)).toBeNull();
  });
  it("blocks a pending campaign whose start has come", () => {
    expect(editBlockReason({ status: "pending", startTime: 2000 }, 2000)).toBe("startPassed");
  });
  it.each(["running", "paused", "finished", "aborted"] as const)("blocks a %s campaign", (status) => {
    expect(editBlockReason({ status, startTime: 9999 }, 1)).toBe(status);
  });
});
