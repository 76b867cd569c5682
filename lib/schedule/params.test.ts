import { describe, expect, it } from "vitest";
import { parseScheduleParams, scheduleHref, todayIn } from "./params";

const NOW = new Date("2026-03-01T18:30:00Z"); // 2026-03-02 02:30 in Shanghai

describe("schedule params", () => {
  it("falls back to the first app, the day view and today in the viewer's zone", () => {
    expect(parseScheduleParams({ app: "999", view: "year", date: "2026-02-30" }, [5, 6], "Asia/Shanghai", NOW)).toEqual(
      { sdkAppId: 5, view: "day", date: "2026-03-02" },
    );
    expect(todayIn("America/New_York", NOW)).toBe("2026-03-01");
  });

  it("keeps valid values and round-trips through the href", () => {
    const params = parseScheduleParams({ app: "6", view: "week", date: "2026-03-04" }, [5, 6], "UTC", NOW);
    expect(params).toEqual({ sdkAppId: 6, view: "week", date: "2026-03-04" });
    expect(params && scheduleHref(params)).toBe("/campaigns/schedule?app=6&view=week&date=2026-03-04");
  });

  it("is null without apps", () => {
    expect(parseScheduleParams({}, [], "UTC", NOW)).toBeNull();
  });
});
