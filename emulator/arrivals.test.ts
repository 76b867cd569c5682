/** Arrivals per action and their peak in a sliding second: on a fake clock, then through the admin API. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArrivalLog } from "./arrivals";
import { type RunningEmulator, startEmulator } from "./server";
import { type CccCaller, codeOf, createCccCaller } from "./test-support";

describe("ArrivalLog", () => {
  function logAt(times: number[], action = "A") {
    let now = 0;
    const log = new ArrivalLog(() => now);
    for (const t of times) {
      now = t;
      log.record(action);
    }
    return { log, setNow: (t: number) => (now = t) };
  }

  it("finds the busiest sliding second, not the busiest calendar second", () => {
    // 0.6 s–1.4 s holds 4 arrivals, though no window aligned to whole seconds holds more than 2.
    const { log } = logAt([100, 600, 900, 1100, 1400, 2500]);
    expect(log.report().byAction.A).toEqual({
      total: 6,
      peakPerSecond: 4,
      peakAtMs: 1400,
      firstAtMs: 100,
      lastAtMs: 2500,
    });
  });

  it("counts an arrival exactly 1000 ms later in a new window", () => {
    const { log } = logAt([0, 1000, 2000, 3000]);
    expect(log.report().byAction.A?.peakPerSecond).toBe(1);
  });

  it("keeps actions apart, reports the highest peak overall, and forgets everything on reset", () => {
    const { log, setNow } = logAt([0, 10, 20]);
    log.record("B");
    expect(log.report()).toEqual({
      elapsedMs: 20,
      peakPerSecond: 3,
      byAction: {
        A: { total: 3, peakPerSecond: 3, peakAtMs: 20, firstAtMs: 0, lastAtMs: 20 },
        B: { total: 1, peakPerSecond: 1, peakAtMs: 20, firstAtMs: 20, lastAtMs: 20 },
      },
    });
    setNow(5000);
    log.reset();
    expect(log.report()).toEqual({ elapsedMs: 0, peakPerSecond: 0, byAction: {} });
  });
});

describe("GET /__admin/arrivals", () => {
  const APP = 1400000001;
  let emulator: RunningEmulator;
  let ccc: CccCaller;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimitPerSecond: 3 });
    ccc = createCccCaller(emulator);
  });
  afterAll(() => emulator.close());

  it("counts every arrival, refused ones included, so the peak shows what a client really sent", async () => {
    await emulator.admin.reset();
    const codes = await Promise.all(
      Array.from({ length: 5 }, () => ccc.call("DescribeNumbers", { SdkAppId: APP }).then(codeOf)),
    );
    expect(codes.filter((code) => code === "RequestLimitExceeded")).toHaveLength(2);
    await ccc.call("DescribeNumbers", { SdkAppId: APP }, { secretKey: "wrong-wrong-wrong-wrong-wrong-00000" });

    const report = await emulator.admin.arrivals();
    expect(report.byAction.DescribeNumbers).toMatchObject({ total: 6, peakPerSecond: 6 });
    expect(report.peakPerSecond).toBe(6);

    await emulator.admin.resetArrivals();
    expect((await emulator.admin.arrivals()).byAction).toEqual({});
    await ccc.call("DescribeNumbers", { SdkAppId: APP });
    await emulator.admin.reset();
    expect((await emulator.admin.arrivals()).peakPerSecond).toBe(0);
  });
});
