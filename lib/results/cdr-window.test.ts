import { describe, expect, it } from "vitest";
import { TEL_CDR_MAX_RANGE_SECONDS } from "@/lib/ccc/actions/call-records";
import { CDR_WINDOW_SECONDS, campaignWindows } from "./cdr-window";

const DAY = 86_400;
const NOW = 1_760_000_000;

describe("campaignWindows", () => {
  it("asks one window for a campaign that ran within the last 89 days", () => {
    expect(campaignWindows(NOW - 10 * DAY, NOW - 3 * DAY, NOW)).toEqual({
      windows: [{ start: NOW - 10 * DAY, end: NOW - 3 * DAY }],
      truncated: false,
    });
  });

  it("splits a long campaign into windows shorter than CCC's 90 days, end to end without gaps", () => {
    const { windows } = campaignWindows(NOW - 170 * DAY, NOW, NOW);
    expect(windows).toHaveLength(2);
    expect(windows[0]).toEqual({ start: NOW - 170 * DAY, end: NOW - 170 * DAY + CDR_WINDOW_SECONDS - 1 });
    expect(windows[1]?.start).toBe((windows[0]?.end ?? 0) + 1);
    expect(windows[1]?.end).toBe(NOW);
    for (const w of windows) expect(w.end - w.start).toBeLessThan(TEL_CDR_MAX_RANGE_SECONDS);
  });

  it("starts no earlier than 179 days back and says the campaign's start is out of reach", () => {
    const result = campaignWindows(NOW - 300 * DAY, NOW - 100 * DAY, NOW);
    expect(result.truncated).toBe(true);
    expect(result.windows[0]?.start).toBe(NOW - 179 * DAY);
    expect(result.windows.at(-1)?.end).toBe(NOW - 100 * DAY);
  });

  it("stops a day past now for a campaign that ends later, and has no windows for one entirely out of reach", () => {
    expect(campaignWindows(NOW - DAY, NOW + 30 * DAY, NOW).windows).toEqual([{ start: NOW - DAY, end: NOW + DAY }]);
    expect(campaignWindows(NOW - 400 * DAY, NOW - 200 * DAY, NOW).windows).toEqual([]);
  });
});
