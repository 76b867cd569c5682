import { describe, expect, it } from "vitest";
import type { CruiseCampaignView } from "./campaign-view";
import { CLONE_START_LEAD_SECONDS, clonePrefill } from "./clone";

const NOW = 1_800_000_030;
const view: CruiseCampaignView = {
  sdkAppId: 1400000001,
  campaignId: 1501,
  name: "Callbacks",
  agent: "li.na@example.com",
  concurrencyNumber: 3,
  startTime: NOW - 3600,
  endTime: NOW + 3600,
  callOrder: 1,
  uui: "batch-7",
  state: "running",
  total: 10,
  called: 4,
};
const lists = { callees: ["+8613800000001"], callers: ["0086075586013388"] };

describe("clonePrefill", () => {
  it("copies every setting and the stored lists", () => {
    const { values, listsFound } = clonePrefill(view, lists, NOW);
    expect(values).toMatchObject({
      sdkAppId: 1400000001,
      name: "Callbacks",
      agent: "li.na@example.com",
      concurrencyNumber: 3,
      callOrder: 1,
      uui: "batch-7",
      callees: lists.callees,
      callers: lists.callers,
    });
    expect(listsFound).toBe(true);
  });

  it("moves a past start to the near future on a whole minute, keeping the length", () => {
    const { values, timesMoved } = clonePrefill(view, lists, NOW);
    expect(timesMoved).toBe(true);
    expect(values.startTime).toBeGreaterThanOrEqual(NOW + CLONE_START_LEAD_SECONDS);
    expect(values.startTime).toBeLessThan(NOW + CLONE_START_LEAD_SECONDS + 60);
    expect((values.startTime ?? 0) % 60).toBe(0);
    expect((values.endTime ?? 0) - (values.startTime ?? 0)).toBe(7200);
  });

  it("keeps future times as they are", () => {
    const future = { ...view, startTime: NOW + 7200, endTime: NOW + 9000 };
    const { values, timesMoved } = clonePrefill(future, lists, NOW);
    expect(timesMoved).toBe(false);
    expect(values).toMatchObject({ startTime: NOW + 7200, endTime: NOW + 9000 });
  });

  it("starts with empty lists when the console has none, and defaults a missing call order and UUI", () => {
    const { values, listsFound } = clonePrefill({ ...view, callOrder: null, uui: null }, null, NOW);
    expect(listsFound).toBe(false);
    expect(values).toMatchObject({ callees: [], callers: [], callOrder: 0, uui: "" });
  });
});
