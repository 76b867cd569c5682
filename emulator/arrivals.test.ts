/** The arrival log: the sliding-window peak, the log on an injected clock, and the admin routes on a real emulator. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArrivalLog, MAX_ARRIVAL_TIMES, peakInWindow } from "./arrivals";
import { type RunningEmulator, startEmulator } from "./server";
import { type CccCaller, codeOf, createCccCaller } from "./test-support";

describe("peakInWindow", () => {
  it("counts the most times within any half-open window [t, t + 1000)", () => {
    expect(peakInWindow([])).toEqual({ peak: 0, startMs: null });
    expect(peakInWindow([5])).toEqual({ peak: 1, startMs: 5 });
    // 0 and 1000 are a full second apart, so never in one window: 0 … 999.9 and 1 … 1000 both hold 4.
    expect(peakInWindow([0, 1, 500, 999.9, 1000])).toEqual({ peak: 4, startMs: 0 });
    expect(peakInWindow([0, 100, 200, 1100, 1150, 1199.5], 1000)).toEqual({ peak: 4, startMs: 200 });
    expect(peakInWindow([0, 10, 20, 30], 15)).toEqual({ peak: 2, startMs: 0 });
  });
});

describe("ArrivalLog", () => {
  it("keeps arrivals per action with refused ones counted, and forgets them on reset", () => {
    let now = 100;
    const log = new ArrivalLog(() => now);
    for (const [at, action, limited] of [
      [100, "DescribeNumbers", false],
      [350.1234, "DescribeNumbers", true],
      [1099, "DescribeNumbers", false],
      [1100, "DescribeNumbers", false],
      [400, "DescribeSkillGroupInfoList", false],
    ] as const) {
      now = at;
      log.record(action, limited);
    }
    expect(log.summary()).toEqual({
      windowMs: 1000,
      byAction: {
        DescribeNumbers: {
          count: 4,
          limited: 1,
          firstMs: 100,
          lastMs: 1100,
          peakPerSecond: 3,
          peakWindowStartMs: 100,
        },
        DescribeSkillGroupInfoList: {
          count: 1,
          limited: 0,
          firstMs: 400,
          lastMs: 400,
          peakPerSecond: 1,
          peakWindowStartMs: 400,
        },
      },
    });
    expect(log.times("DescribeNumbers").timesMs).toEqual([100, 350.123, 1099, 1100]);
    expect(log.times("DescribeStaffInfoList")).toMatchObject({ count: 0, peakPerSecond: 0, timesMs: [] });
    log.reset();
    expect(log.summary().byAction).toEqual({});
  });

  it("keeps at most MAX_ARRIVAL_TIMES times per action, dropping the oldest, with exact counts", () => {
    let now = 0;
    const log = new ArrivalLog(() => now++);
    for (let i = 0; i <= MAX_ARRIVAL_TIMES; i++) log.record("DescribeNumbers", false);
    const kept = log.times("DescribeNumbers");
    expect(kept.count).toBe(MAX_ARRIVAL_TIMES + 1);
    expect(kept.timesMs).toHaveLength(MAX_ARRIVAL_TIMES * 0.9 + 1);
    expect(kept.firstMs).toBe(MAX_ARRIVAL_TIMES / 10);
    expect(kept.lastMs).toBe(MAX_ARRIVAL_TIMES);
  });
});

describe("admin API /arrivals", () => {
  let emulator: RunningEmulator;
  let ccc: CccCaller;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimitPerSecond: 3 });
    ccc = createCccCaller(emulator);
  });
  afterAll(() => emulator.close());

  it("reports what reached the rate-limit check, refused calls included; reset and DELETE clear it", async () => {
    const numbers = () => ccc.call("DescribeNumbers", { SdkAppId: 1400000001 });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await numbers()));
    expect(codes).toEqual(["OK", "OK", "OK", "RequestLimitExceeded", "RequestLimitExceeded"]);
    // A request refused before the limit check (bad signature) is not an arrival.
    await ccc.call("DescribeNumbers", { SdkAppId: 1400000001 }, { secretKey: "wrong" });

    const summary = await emulator.admin.arrivals();
    expect(summary.byAction).toEqual({
      DescribeNumbers: expect.objectContaining({ count: 5, limited: 2, peakPerSecond: 5 }),
    });
    const times = await emulator.admin.actionArrivals("DescribeNumbers");
    expect(times.timesMs).toHaveLength(5);
    expect(times.timesMs).toEqual([...times.timesMs].sort((a, b) => a - b));
    expect(times.firstMs).toBe(times.timesMs[0]);

    await emulator.admin.resetArrivals();
    expect((await emulator.admin.arrivals()).byAction).toEqual({});
    await numbers();
    await emulator.admin.reset();
    expect((await emulator.admin.arrivals()).byAction).toEqual({});
  });
});
