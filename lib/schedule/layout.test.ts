import { describe, expect, it } from "vitest";
import { layoutSchedule, mondayOf, type ScheduleCampaign, scheduleTicks, scheduleWindow } from "./layout";

const ZONE = "Asia/Shanghai";
// 2026-03-02 00:00 in Shanghai (a Monday).
const DAY_START = Date.UTC(2026, 2, 1, 16) / 1000;
const H = 3600;

function campaign(overrides: Partial<ScheduleCampaign> & { campaignId: number }): ScheduleCampaign {
  return {
    kind: "predictive",
    sdkAppId: 1400000001,
    name: `C${overrides.campaignId}`,
    status: "pending",
    startTime: DAY_START + 9 * H,
    endTime: DAY_START + 12 * H,
    progress: null,
    resource: { type: "skillGroup", id: 1, name: "Sales" },
    ...overrides,
  };
}

describe("scheduleWindow", () => {
  it("is the viewer's calendar day, or the Monday-to-Sunday week around it", () => {
    expect(scheduleWindow("day", "2026-03-02", ZONE)).toEqual({
      view: "day",
      day: "2026-03-02",
      start: DAY_START,
      end: DAY_START + 24 * H,
    });
    const week = scheduleWindow("week", "2026-03-05", ZONE);
    expect(week).toEqual({ view: "week", day: "2026-03-02", start: DAY_START, end: DAY_START + 7 * 24 * H });
    expect(mondayOf("2026-03-08")).toBe("2026-03-02"); // a Sunday belongs to the week before
  });

  it("has 23 hours on the day clocks go forward", () => {
    const window = scheduleWindow("day", "2026-03-08", "America/New_York");
    expect(window.end - window.start).toBe(23 * H);
    expect(scheduleTicks(window, "America/New_York")).toHaveLength(8);
  });
});

describe("layoutSchedule", () => {
  const window = scheduleWindow("day", "2026-03-02", ZONE);

  it("places bars as fractions of the window, clipped at its edges, with progress inside", () => {
    const layout = layoutSchedule(
      [
        campaign({ campaignId: 1, status: "running", progress: { done: 30, total: 120 } }),
        campaign({
          campaignId: 2,
          startTime: DAY_START - 2 * H,
          endTime: DAY_START + 6 * H,
          status: "finished",
          resource: { type: "agent", id: "a@x" },
        }),
      ],
      window,
      DAY_START + 10 * H,
    );
    const [agent, sales] = layout.groups;
    expect(sales?.bars[0]).toMatchObject({ from: 9 / 24, to: 12 / 24, progress: 0.25, clippedStart: false });
    expect(agent?.resource).toEqual({ type: "agent", id: "a@x" });
    // Sorted by start: the agent's campaign started first, so its group comes first.
    expect(layout.groups.map((g) => g.resource.type)).toEqual(["agent", "skillGroup"]);
    expect(layout.groups[0]?.bars[0]).toMatchObject({ from: 0, to: 6 / 24, clippedStart: true, clippedEnd: false });
    expect(layout.now).toBeCloseTo(10 / 24, 10);
  });

  it("leaves out campaigns outside the window and has no now line outside it", () => {
    const layout = layoutSchedule(
      [campaign({ campaignId: 1, startTime: DAY_START + 25 * H, endTime: DAY_START + 26 * H })],
      window,
      DAY_START - H,
    );
    expect(layout.groups).toEqual([]);
    expect(layout.now).toBeNull();
  });

  it("marks campaigns overlapping on the same skill group or agent, not across resources or when aborted", () => {
    const layout = layoutSchedule(
      [
        campaign({ campaignId: 1 }),
        campaign({ campaignId: 2, startTime: DAY_START + 11 * H, endTime: DAY_START + 14 * H }),
        // Touching at 12:00 exactly is not an overlap.
        campaign({ campaignId: 3, startTime: DAY_START + 14 * H, endTime: DAY_START + 15 * H }),
        campaign({ campaignId: 4, resource: { type: "skillGroup", id: 2, name: "Support" } }),
        campaign({ campaignId: 5, status: "aborted" }),
        campaign({ campaignId: 6, kind: "cruise", resource: { type: "agent", id: "a@x" } }),
        campaign({
          campaignId: 7,
          kind: "cruise",
          resource: { type: "agent", id: "a@x" },
          startTime: DAY_START + 11 * H,
        }),
      ],
      window,
      DAY_START,
    );
    const overlaps = Object.fromEntries(
      layout.groups.flatMap((g) => g.bars).map((bar) => [bar.campaign.campaignId, bar.overlaps]),
    );
    expect(overlaps).toEqual({
      1: ["predictive:1400000001:2"],
      2: ["predictive:1400000001:1"],
      3: [],
      4: [],
      5: [],
      6: ["cruise:1400000001:7"],
      7: ["cruise:1400000001:6"],
    });
    expect(layout.overlapCount).toBe(4);
  });

  it("keeps a pending predictive campaign editable until it starts, and nothing else", () => {
    const now = DAY_START + 8 * H;
    const bars = layoutSchedule(
      [
        campaign({ campaignId: 1 }),
        campaign({ campaignId: 2, startTime: now - 60 }),
        campaign({ campaignId: 3, status: "paused" }),
        campaign({ campaignId: 4, kind: "cruise", resource: { type: "agent", id: "b@x" } }),
      ],
      window,
      now,
    ).groups.flatMap((g) => g.bars);
    expect(Object.fromEntries(bars.map((bar) => [bar.campaign.campaignId, bar.editableUntil]))).toEqual({
      1: DAY_START + 9 * H,
      2: null,
      3: null,
      4: null,
    });
  });

  it("ticks every 3 hours for a day and every day for a week", () => {
    expect(scheduleTicks(window, ZONE)).toEqual([0, 3, 6, 9, 12, 15, 18, 21].map((h) => DAY_START + h * H));
    const week = scheduleWindow("week", "2026-03-02", ZONE);
    expect(scheduleTicks(week, ZONE)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => DAY_START + d * 24 * H));
  });
});
