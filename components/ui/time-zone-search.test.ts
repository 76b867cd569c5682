import { describe, expect, it } from "vitest";
import { allTimeZones, COMMON_TIME_ZONES, exactTimeZone, searchTimeZones, zoneOffsetLabel } from "./time-zone-search";

const zones = allTimeZones();

describe("searchTimeZones", () => {
  it("offers every common zone first, then all the others once each", () => {
    const { common, other } = searchTimeZones("", zones);
    expect(common).toEqual([...COMMON_TIME_ZONES]);
    expect(other).not.toContain("Asia/Shanghai");
    expect(new Set([...common, ...other]).size).toBe(zones.length);
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).toContain("UTC");
  });

  it("finds a city by the start of its name, spaces standing for underscores", () => {
    expect(searchTimeZones("shang", zones)).toEqual({ common: ["Asia/Shanghai"], other: [] });
    expect(searchTimeZones("new york", zones).common).toEqual(["America/New_York"]);
    expect(searchTimeZones("  Los_Angeles ", zones).common).toEqual(["America/Los_Angeles"]);
  });

  it("ranks an exact name before prefixes and substrings, common ones first", () => {
    const { common, other } = searchTimeZones("utc", zones);
    expect(common[0]).toBe("UTC");
    const europe = searchTimeZones("europe/", zones);
    expect(europe.common).toEqual(["Europe/London", "Europe/Berlin"]);
    expect(europe.other.every((zone) => zone.startsWith("Europe/"))).toBe(true);
    expect(other).not.toContain("UTC");
  });

  it("matches the current offset", () => {
    const { common } = searchTimeZones("+09:00", zones);
    expect(common).toEqual(["Asia/Tokyo", "Asia/Seoul"]);
    expect(searchTimeZones("a", zones).common.slice(0, 2)).toEqual(["Asia/Shanghai", "Asia/Hong_Kong"]);
    expect(searchTimeZones("no such place", zones)).toEqual({ common: [], other: [] });
  });
});

describe("zoneOffsetLabel and exactTimeZone", () => {
  it("labels offsets as UTC±hh:mm", () => {
    expect(zoneOffsetLabel("Asia/Shanghai")).toBe("UTC+08:00");
    expect(zoneOffsetLabel("Asia/Kolkata")).toBe("UTC+05:30");
    expect(zoneOffsetLabel("UTC")).toBe("UTC+00:00");
  });

  it("recognises a typed zone name in any case", () => {
    expect(exactTimeZone("asia/shanghai", zones)).toBe("Asia/Shanghai");
    expect(exactTimeZone("America/New York", zones)).toBe("America/New_York");
    expect(exactTimeZone("Asia/Shang", zones)).toBeUndefined();
  });
});
