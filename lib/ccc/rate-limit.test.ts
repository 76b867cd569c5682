import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CccActionName } from "./actions";
import { createCccClient } from "./client";
import {
  type CccRateLimiter,
  createLaneRateLimiter,
  createMemoryRateLimiter,
  laneTiming,
  slotStoreFrom,
} from "./rate-limit";
import {
  type CccTestServer,
  type ReceivedRequest,
  rejection,
  replyOk,
  startCccTestServer,
  testConfig,
} from "./testing/ccc-test-server";

let server: CccTestServer;
beforeEach(async () => {
  server = await startCccTestServer((request, res, index) => {
    const lists: Record<string, Record<string, unknown>> = {
      DescribeNumbers: { TotalCount: 0, Numbers: [] },
      DescribeSkillGroupInfoList: { TotalCount: 0, SkillGroupList: [] },
    };
    replyOk(lists[request.action])(request, res, index);
  });
});
afterEach(() => server.close());

/** The most requests that arrived within any window of `windowMs` (sliding, half-open). */
function maxInWindow(requests: ReceivedRequest[], windowMs: number): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while ((times[j] ?? 0) - (times[i] ?? 0) >= windowMs) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

const app = { SdkAppId: 1400000001 };
const page = { SdkAppId: 1400000001, PageSize: 100, PageNumber: 0 };

describe("per-action rate limit", () => {
  it("queues 60 calls of one action (≥ 3 s, never more than 20 in any second) without holding up another action", async () => {
    // Guard 0.25 (63 ms apart): 250 ms of slack per second for this process to be descheduled while other test files
    // run, so the arrival count measures the limiter, not the machine. The default guard's margin is bench:rate's.
    const ccc = createCccClient(testConfig(server.url, { rateLimit: { perSecond: 20, guard: 0.25 } }));
    const started = performance.now();
    let otherDone = 0;
    const other = Promise.all(Array.from({ length: 20 }, () => ccc.describeSkillGroupInfoList(page))).then(() => {
      otherDone = performance.now() - started;
    });
    const results = await Promise.all(Array.from({ length: 60 }, () => ccc.describeNumbers(app)));
    const elapsed = performance.now() - started;
    await other;

    expect(results).toHaveLength(60);
    const numbers = server.requests.filter((r) => r.action === "DescribeNumbers");
    const groups = server.requests.filter((r) => r.action === "DescribeSkillGroupInfoList");
    expect(numbers).toHaveLength(60);
    expect(groups).toHaveLength(20);
    expect(elapsed).toBeGreaterThanOrEqual(59 * 63 - 5);
    expect(maxInWindow(numbers, 1_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(groups, 1_000)).toBeLessThanOrEqual(20);
    // 20 requests of the other action need ~1.2 s on their own; queued behind the 60 they would need ~5 s.
    expect(otherDone).toBeLessThan(1_800);
    expect(Math.min(...groups.map((r) => r.at)) - started).toBeLessThan(300);
  });

  it("sends through an injected limiter (the seam for a shared, Postgres-backed one)", async () => {
    const acquired: CccActionName[] = [];
    const limiter: CccRateLimiter = {
      acquire: async (action) => {
        acquired.push(action);
      },
    };
    const ccc = createCccClient(testConfig(server.url), { limiter });
    await ccc.describeNumbers(app);
    await ccc.describeSkillGroupInfoList(page);
    expect(acquired).toEqual(["DescribeNumbers", "DescribeSkillGroupInfoList"]);
  });
});

describe("createMemoryRateLimiter", () => {
  it("fails closed when the limiter's store fails: a CccError and nothing sent", async () => {
    class BrokenStore extends RateLimiterMemory {
      override consume(): never {
        throw new Error("store unavailable");
      }
    }
    const limiter = createLaneRateLimiter(slotStoreFrom(new BrokenStore({ points: 1, duration: 1 })), laneTiming());
    const ccc = createCccClient(testConfig(server.url), { limiter });
    const error = await rejection(ccc.describeNumbers(app));
    expect(error).toMatchObject({ kind: "server", code: "InternalError.RateLimiter" });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a rate or guard out of range", () => {
    expect(() => createMemoryRateLimiter({ perSecond: 0 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ perSecond: 1001 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ guard: -0.1 })).toThrow(RangeError);
  });
});

describe("laneTiming", () => {
  it("derives whole-millisecond spacing and a lateness credit bounded by the guard's slack", () => {
    expect(laneTiming()).toEqual({
      spacingMs: 52,
      latenessCreditMs: 5,
      interactiveHeadStartMs: 0,
      maxQueueSize: 1000,
      // Half the slack: 20 × 52 − 1000 = 40 ms.
      maxGrantAgeMs: 20,
    });
    expect(laneTiming({ guard: 0.1 }).spacingMs).toBe(55);
    // No guard, no slack: nothing may be forgiven, and the head start cannot exceed the credit.
    expect(laneTiming({ guard: 0, interactiveHeadStartMs: 2 })).toMatchObject({
      spacingMs: 50,
      latenessCreditMs: 0,
      interactiveHeadStartMs: 0,
      maxGrantAgeMs: 1,
    });
    expect(laneTiming({ perSecond: 7, guard: 0.04 }).spacingMs).toBe(149);
  });
});
