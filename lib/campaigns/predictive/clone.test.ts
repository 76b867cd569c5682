import { describe, expect, it } from "vitest";
import { CLONE_START_LEAD_SECONDS, predictiveClonePrefill } from "./clone";
import type { TPredictiveSnapshot } from "./snapshot";

const NOW = 1_780_000_000;
const snapshot: TPredictiveSnapshot = {
  name: "Spring",
  callOrder: 1,
  skillGroupId: 7,
  ivrId: null,
  priority: 2,
  expectedAbandonRate: 8,
  retryTimes: null,
  retryInterval: 900,
  startTime: NOW - 7200,
  endTime: NOW - 3600,
  variables: [{ key: "k", value: "v" }],
  uui: null,
  status: "finished",
  statusReason: 0,
};

describe("predictiveClonePrefill", () => {
  it("moves a past start to the near future keeping the length, and keeps unset values unset", () => {
    const prefill = predictiveClonePrefill({ sdkAppId: 1, snapshot, lists: null, plan: null }, "Asia/Tokyo", NOW);
    expect(prefill.timesMoved).toBe(true);
    const { startTime, endTime } = prefill.values;
    expect(startTime).toBeGreaterThanOrEqual(NOW + CLONE_START_LEAD_SECONDS);
    expect((startTime as number) % 60).toBe(0);
    expect((endTime as number) - (startTime as number)).toBe(3600);
    expect(prefill.values).toMatchObject({ retryTimes: undefined, ivrId: undefined, uui: "", timeZone: "Asia/Tokyo" });
    expect(prefill).toMatchObject({ listsFound: false, hoursFound: false });
    expect(prefill.values.availableTime).toEqual([]);
  });

  it("keeps a future start, and takes lists, zone and windows from the console's records", () => {
    const future = { ...snapshot, startTime: NOW + 86_400, endTime: NOW + 90_000, status: "pending" as const };
    const lists = { callees: ["+8613800000001"], callers: ["0086075586013388"], calleeAttributes: [] };
    const plan = { timeZone: "Europe/Berlin", availableTime: [{ start: "09:00", end: "17:00" }] };
    const prefill = predictiveClonePrefill({ sdkAppId: 1, snapshot: future, lists, plan }, "Asia/Tokyo", NOW);
    expect(prefill).toMatchObject({ timesMoved: false, listsFound: true, hoursFound: true });
    expect(prefill.values).toMatchObject({
      startTime: future.startTime,
      endTime: future.endTime,
      callees: lists.callees,
      timeZone: "Europe/Berlin",
      availableTime: plan.availableTime,
    });
  });
});
