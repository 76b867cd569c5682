import { describe, expect, it } from "vitest";
import { zonedWallTimeToUnix } from "@/lib/time/zoned";
import { AVAILABLE_TIME_MAX, callableSeconds, toWireAvailableTime, weekGrid, ZCallableWindows } from "./available-time";

const at = (wall: string, zone: string) => zonedWallTimeToUnix(wall, zone) as number;
const issues = (value: unknown) =>
  ZCallableWindows.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

describe("ZCallableWindows", () => {
  it("accepts no windows, and windows that touch without overlapping", () => {
    expect(issues([])).toEqual([]);
    expect(
      issues([
        { start: "13:00", end: "18:00" },
        { start: "09:00", end: "13:00" },
      ]),
    ).toEqual([]);
  });

  it("names the row and the rule: bad time, end not after start, overlap, too many", () => {
    expect(issues([{ start: "9:00", end: "18:00" }])).toEqual(["0.start:windowTimeInvalid"]);
    expect(issues([{ start: "24:00", end: "23:00" }])).toContain("0.start:windowTimeInvalid");
    expect(issues([{ start: "10:00", end: "10:00" }])).toEqual(["0.end:windowEndBeforeStart"]);
    expect(
      issues([
        { start: "11:00", end: "14:00" },
        { start: "09:00", end: "12:00" },
      ]),
    ).toEqual(["1.start:windowsOverlap"]);
    const many = Array.from({ length: AVAILABLE_TIME_MAX + 1 }, (_, i) => ({
      start: `${String(i).padStart(2, "0")}:00`,
      end: `${String(i).padStart(2, "0")}:30`,
    }));
    expect(issues(many)).toEqual([":windowsMany"]);
  });
});

describe("toWireAvailableTime", () => {
  it("sorts by start and adds seconds; none gives undefined so the request leaves it out", () => {
    expect(
      toWireAvailableTime([
        { start: "14:00", end: "18:00" },
        { start: "09:30", end: "12:00" },
      ]),
    ).toEqual([
      { StartTime: "09:30:00", EndTime: "12:00:00" },
      { StartTime: "14:00:00", EndTime: "18:00:00" },
    ]);
    expect(toWireAvailableTime([])).toBeUndefined();
  });
});

describe("callableSeconds", () => {
  const zone = "America/New_York";
  const nineToFive = [{ start: "09:00", end: "17:00" }];

  it("counts only the part of the campaign inside the windows, day by day", () => {
    const start = at("2026-12-07T16:00", zone);
    const end = at("2026-12-08T10:00", zone);
    // 16:00–17:00 on the 7th, 09:00–10:00 on the 8th.
    expect(callableSeconds(start, end, zone, nineToFive)).toBe(2 * 3600);
  });

  it("is 0 for a campaign entirely outside the windows, the whole span with none", () => {
    const start = at("2026-12-07T18:00", zone);
    const end = at("2026-12-07T22:00", zone);
    expect(callableSeconds(start, end, zone, nineToFive)).toBe(0);
    expect(callableSeconds(start, end, zone, [])).toBe(4 * 3600);
    expect(callableSeconds(Number.NaN, end, zone, [])).toBe(0);
  });

  it("reads windows by the wall clock on a DST day (New York, 8 March 2026: 23 hours long)", () => {
    const start = at("2026-03-08T00:00", zone);
    const end = at("2026-03-09T00:00", zone);
    // 01:00–04:00 wall time spans the skipped hour: two real hours.
    expect(callableSeconds(start, end, zone, [{ start: "01:00", end: "04:00" }])).toBe(2 * 3600);
    expect(callableSeconds(start, end, zone, nineToFive)).toBe(8 * 3600);
  });
});

describe("weekGrid", () => {
  it("gives seven days from the start day with the campaign's part and the callable part", () => {
    const zone = "Asia/Tokyo";
    const grid = weekGrid({ start: at("2026-12-07T10:00", zone), end: at("2026-12-08T12:00", zone) }, zone, [
      { start: "09:00", end: "11:00" },
    ]);
    expect(grid.map((d) => d.day)).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
      "2026-12-13",
    ]);
    expect(grid[0]).toMatchObject({
      campaign: { fromMinute: 600, toMinute: 1440 },
      callable: [{ fromMinute: 600, toMinute: 660 }],
    });
    expect(grid[1]).toMatchObject({
      campaign: { fromMinute: 0, toMinute: 720 },
      callable: [{ fromMinute: 540, toMinute: 660 }],
    });
    expect(grid[2]).toMatchObject({ campaign: null, callable: [] });
  });
});
