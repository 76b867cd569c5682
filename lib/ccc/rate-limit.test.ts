import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CccActionName } from "./actions";
import { createCccClient } from "./client";
import { type CccRateLimiter, createMemoryRateLimiter, createQueuedRateLimiter } from "./rate-limit";
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
  it("queues 60 calls of one action (≥ 2 s, never more than 20 in any second) without holding up another action", async () => {
    const ccc = createCccClient(testConfig(server.url));
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
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(maxInWindow(numbers, 1_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(groups, 1_000)).toBeLessThanOrEqual(20);
    // 20 requests of the other action need ~1 s on their own; queued behind the 60 they would need ~4 s.
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
  it("rejects only beyond the queue size, as throttled, and lets the queued ones through", async () => {
    const limiter = createMemoryRateLimiter({ perSecond: 20, maxQueueSize: 2 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => limiter.acquire("DescribeNumbers")));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"]);
    const [, , , fourth] = outcomes;
    expect(fourth?.status === "rejected" && fourth.reason).toMatchObject({
      kind: "throttled",
      code: "RequestLimitExceeded.LocalQueueFull",
    });
  });

  it("stops waiting when the caller aborts", async () => {
    const limiter = createMemoryRateLimiter({ perSecond: 1 });
    await limiter.acquire("DescribeNumbers");
    const error = await rejection(limiter.acquire("DescribeNumbers", { signal: AbortSignal.timeout(50) }));
    expect(error).toMatchObject({ kind: "network", code: "Network.Aborted" });
  });

  it("fails closed when the limiter's store fails", async () => {
    class BrokenStore extends RateLimiterMemory {
      override consume(): never {
        throw new Error("store unavailable");
      }
    }
    const limiter = createQueuedRateLimiter(() => new BrokenStore({ points: 1, duration: 1 }));
    const error = await rejection(limiter.acquire("DescribeNumbers"));
    expect(error).toMatchObject({ kind: "server", code: "InternalError.RateLimiter" });
  });

  it("refuses a non-positive rate", () => {
    expect(() => createMemoryRateLimiter({ perSecond: 0 })).toThrow(RangeError);
  });
});
