import { describe, expect, it } from "vitest";
import { bucketByTime, countOutcomes } from "./aggregate";
import type { TCallRow } from "./call-row";

const call = (time: number, outcome: TCallRow["outcome"]): TCallRow => ({
  sessionId: `s${time}`,
  callee: "+86*******0000",
  time,
  outcome,
  endStatus: outcome === "answered" ? 1 : 202,
  duration: 0,
  agent: "",
});

describe("countOutcomes", () => {
  it("counts each outcome, zero for the ones absent", () => {
    expect(countOutcomes([call(1, "answered"), call(2, "answered"), call(3, "busy")])).toEqual({
      answered: 2,
      noAnswer: 0,
      busy: 1,
      rejected: 0,
      unreachable: 0,
      blocked: 0,
      failed: 0,
    });
  });
});

describe("bucketByTime", () => {
  it("uses the smallest round step that fits the span in the bucket limit", () => {
    const start = 1_760_000_000 - (1_760_000_000 % 3600);
    const calls = [call(start, "answered"), call(start + 59, "busy"), call(start + 4 * 3600 - 1, "noAnswer")];
    const { step, buckets } = bucketByTime(calls, 36);
    expect(step).toBe(900); // 4 h span: 16 buckets of 15 min; 5 min would need 48
    expect(buckets).toHaveLength(16);
    expect(buckets[0]).toMatchObject({ start, counts: { answered: 1, busy: 1 } });
    expect(buckets[15]?.counts.noAnswer).toBe(1);
    expect(buckets.reduce((n, b) => n + Object.values(b.counts).reduce((a, c) => a + c, 0), 0)).toBe(3);
  });

  it("has no buckets without calls", () => {
    expect(bucketByTime([]).buckets).toEqual([]);
  });
});
