import { describe, expect, it } from "vitest";
import { scheduledFreshMs } from "./scheduled-freshness";

const NOW = 1_800_000_000_000;
const inSeconds = (s: number) => Math.floor(NOW / 1000) + s;
const freshFor = scheduledFreshMs(2_000);

describe("scheduledFreshMs", () => {
  it("a cruise or predictive campaign yet to start: up to 15 windows, never past its StartTime", () => {
    expect(freshFor("DescribeAgentCruiseDialingCampaign", { State: 0, StartTime: inSeconds(3600) }, NOW)).toBe(30_000);
    expect(freshFor("DescribePredictiveDialingCampaign", { Status: 0, StartTime: inSeconds(10) }, NOW)).toBe(10_000);
  });

  it("the normal window for a running, paused or finished campaign, one starting within the window, or other reads", () => {
    expect(
      freshFor("DescribeAgentCruiseDialingCampaign", { State: 1, StartTime: inSeconds(3600) }, NOW),
    ).toBeUndefined();
    expect(
      freshFor("DescribePredictiveDialingCampaign", { Status: 2, StartTime: inSeconds(3600) }, NOW),
    ).toBeUndefined();
    expect(freshFor("DescribePredictiveDialingCampaign", { Status: 0, StartTime: inSeconds(1) }, NOW)).toBeUndefined();
    expect(freshFor("DescribePredictiveDialingCampaign", { Status: 0 }, NOW)).toBeUndefined();
    expect(freshFor("DescribeNumbers", { State: 0, StartTime: inSeconds(3600) }, NOW)).toBeUndefined();
  });

  it("with caching off there is no longer window either", () => {
    const off = scheduledFreshMs(0);
    expect(off("DescribeAgentCruiseDialingCampaign", { State: 0, StartTime: inSeconds(3600) }, NOW)).toBeUndefined();
  });
});
