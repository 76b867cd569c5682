import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUtc, isValidTimeZone, supportedTimeZones, unixToZonedWallTime, zonedWallTimeToUnix } from "./zoned";

describe("zoned wall times", () => {
  it("reads a wall time in the given zone, not the machine's", () => {
    // 2026-03-29 09:00 in Shanghai (UTC+8, no DST) is 01:00 UTC.
    expect(zonedWallTimeToUnix("2026-03-29T09:00", "Asia/Shanghai")).toBe(Date.UTC(2026, 2, 29, 1) / 1000);
    expect(zonedWallTimeToUnix("2026-03-29T09:00", "UTC")).toBe(Date.UTC(2026, 2, 29, 9) / 1000);
    expect(zonedWallTimeToUnix("2026-07-01T12:30:15", "America/New_York")).toBe(
      Date.UTC(2026, 6, 1, 16, 30, 15) / 1000,
    );
  });

  it("handles DST: a skipped time moves past the gap, a repeated time takes its first occurrence", () => {
    // Berlin springs forward 2026-03-29 02:00 → 03:00 (UTC+1 → UTC+2).
    expect(zonedWallTimeToUnix("2026-03-29T02:30", "Europe/Berlin")).toBe(Date.UTC(2026, 2, 29, 1, 30) / 1000);
    // Falls back 2026-10-25 03:00 → 02:00: 02:30 happens twice; the first is at UTC+2.
    expect(zonedWallTimeToUnix("2026-10-25T02:30", "Europe/Berlin")).toBe(Date.UTC(2026, 9, 25, 0, 30) / 1000);
  });

  it("refuses text that is not a wall time", () => {
    for (const text of ["", "2026-03-29", "2026-03-29 09:00", "29/03/2026T09:00", "2026-03-29T9:00"]) {
      expect(zonedWallTimeToUnix(text, "UTC")).toBeUndefined();
    }
  });

  it("round-trips every minute-aligned instant through the wall time", () => {
    const zones = ["Asia/Shanghai", "UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham"];
    fc.assert(
      fc.property(fc.integer({ min: 28_333_334, max: 35_000_000 }), fc.constantFrom(...zones), (minutes, zone) => {
        const unix = minutes * 60;
        const wall = unixToZonedWallTime(unix, zone);
        const back = zonedWallTimeToUnix(wall, zone);
        // Inside a repeated DST hour the wall time is ambiguous and resolves to the first occurrence.
        expect(back === unix || back === unix - 3600 || back === unix - 1800).toBe(true);
        expect(unixToZonedWallTime(back ?? 0, zone)).toBe(wall);
      }),
      { numRuns: 2000 },
    );
  });

  it("formats the UTC value that is sent and knows its zones", () => {
    expect(formatUtc(Date.UTC(2026, 2, 29, 1, 5) / 1000)).toBe("2026-03-29 01:05 UTC");
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(supportedTimeZones()).toEqual(expect.arrayContaining(["UTC", "Asia/Shanghai", "Europe/Berlin"]));
  });
});
