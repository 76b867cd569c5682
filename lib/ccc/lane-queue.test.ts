/**
 * The lane scheduler on fake time (Date and timers), over rate-limiter-flexible's memory store or a scripted store:
 * order, spacing, abort, bounded lanes, lateness credit, the interactive head start across "instances", failing
 * closed. Real time through the emulator is in rate-limit.test.ts.
 */
import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CccError } from "./errors";
import { LaneQueue, type LaneTiming, type SlotAnswer, type SlotStore } from "./lane-queue";
import { laneTiming, slotStoreFrom } from "./rate-limit";

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

const T0 = 1_800_000_000_000;
const memoryStore = () => slotStoreFrom(new RateLimiterMemory({ points: 1, duration: 1 }));
const queueOn = (store: SlotStore, timing: Partial<LaneTiming> = {}) =>
  new LaneQueue("DescribeNumbers", "DescribeNumbers", store, { ...laneTiming(), ...timing });

/** Starts `count` acquires and records, per label, the fake time each was granted (ms after T0) or its error. */
function track(queue: LaneQueue, lane: "interactive" | "background", labels: string[], log: Map<string, unknown>) {
  for (const label of labels) {
    queue.acquire(lane).then(
      () => log.set(label, Date.now() - T0),
      (error: CccError) => log.set(label, error.code),
    );
  }
}

const labels = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("LaneQueue", () => {
  it("spaces grants of one action exactly spacingMs apart (52 ms at 20/s, guard 0.04)", async () => {
    const granted = new Map<string, unknown>();
    track(queueOn(memoryStore()), "background", labels("b", 5), granted);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([...granted.values()]).toEqual([0, 52, 104, 156, 208]);
  });

  it("serves an interactive request at the next slot, ahead of a long background queue", async () => {
    const queue = queueOn(memoryStore());
    const granted = new Map<string, unknown>();
    track(queue, "background", labels("b", 50), granted);
    await vi.advanceTimersByTimeAsync(500); // b0…b9 leave at 0…468
    expect(granted.size).toBe(10);
    track(queue, "interactive", ["save", "describe-for-save"], granted);
    await vi.advanceTimersByTimeAsync(130);
    expect(granted.get("save")).toBe(520);
    expect(granted.get("describe-for-save")).toBe(572);
    expect(granted.get("b10")).toBe(624);
    expect(queue.waiting()).toEqual({ interactive: 0, background: 39 });
  });

  it("drops an aborted waiter from its lane without using a slot", async () => {
    const queue = queueOn(memoryStore());
    const granted = new Map<string, unknown>();
    track(queue, "background", ["first"], granted);
    const controller = new AbortController();
    const aborted = queue.acquire("background", controller.signal).catch((error: CccError) => error.code);
    track(queue, "background", ["third"], granted);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await aborted).toBe("Network.Aborted");
    expect(queue.waiting()).toEqual({ interactive: 0, background: 1 });
    await vi.advanceTimersByTimeAsync(100);
    expect(Object.fromEntries(granted)).toEqual({ first: 0, third: 52 });
  });

  it("refuses a waiter beyond maxQueueSize per lane, as throttled, and keeps the other lane open", async () => {
    const queue = queueOn(memoryStore(), { maxQueueSize: 2 });
    const outcomes = new Map<string, unknown>();
    track(queue, "background", labels("b", 3), outcomes);
    track(queue, "interactive", ["i0"], outcomes);
    await vi.advanceTimersByTimeAsync(200);
    expect(Object.fromEntries(outcomes)).toEqual({
      b2: "RequestLimitExceeded.LocalQueueFull",
      i0: 0,
      b0: 52,
      b1: 104,
    });
  });

  it("refuses at once when the signal has already been aborted", async () => {
    const error = await queueOn(memoryStore())
      .acquire("interactive", AbortSignal.abort())
      .catch((e: CccError) => e);
    expect(error).toMatchObject({ kind: "network", code: "Network.Aborted" });
  });
});

/** A store that answers from a script and records the duration each take asked for. */
function scriptedStore(answers: ((now: number) => SlotAnswer)[]): SlotStore & { durations: number[] } {
  const durations: number[] = [];
  return {
    durations,
    async take(_key, durationMs) {
      durations.push(durationMs);
      const answer = answers.shift();
      if (!answer) throw new Error("script exhausted");
      return answer(Date.now());
    },
  };
}

describe("LaneQueue timing rules", () => {
  it("schedules from when a slot opened if it was taken up to latenessCreditMs late, else from now", async () => {
    // Each grant reports the next slot as already open by 3, then 9 ms: the pump takes it at once, "late".
    const store = scriptedStore([
      (now) => ({ granted: true, nextSlotAt: now - 3 }),
      (now) => ({ granted: true, nextSlotAt: now - 9 }),
      (now) => ({ granted: true, nextSlotAt: now + 52 }),
    ]);
    const queue = queueOn(store);
    await Promise.all([queue.acquire("background"), queue.acquire("background"), queue.acquire("background")]);
    expect(laneTiming().latenessCreditMs).toBe(5);
    expect(store.durations).toEqual([52, 49, 52]);
  });

  it("leaves a slot unused when its answer came back too late, and serves the waiter with the next one", async () => {
    expect(laneTiming().maxGrantAgeMs).toBe(20);
    // The first answer sets the baseline (it cannot be late against itself); the second is 22 ms slower than it.
    const delays = [2, 24, 3];
    const answered: number[] = [];
    const store: SlotStore = {
      async take() {
        // The store's answer (or this event loop) is slow the first time.
        await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
        answered.push(Date.now() - T0);
        return { granted: true, nextSlotAt: Date.now() + 27 };
      },
    };
    const queue = queueOn(store);
    const granted = new Map<string, unknown>();
    track(queue, "interactive", ["first", "save"], granted);
    await vi.advanceTimersByTimeAsync(200);
    // first: asked at 0, answered at 2. save: asked at 29 (the slot opened at 2 + 27), answered at 53, 24 ms after
    // it asked (22 more than the baseline): unused. Asked again at 80, answered at 83: granted.
    expect(answered).toEqual([2, 53, 83]);
    expect(granted.get("first")).toBe(2);
    expect(granted.get("save")).toBe(83);
    expect(queue.staleGrants).toBe(1);
  });

  it("postpones the next grant by a late write's lateness, whatever the store says", async () => {
    const queue = queueOn(memoryStore());
    const granted = new Map<string, unknown>();
    track(queue, "background", ["b0"], granted);
    await vi.advanceTimersByTimeAsync(1);
    // b0's request reached the wire 30 ms after its grant: b1 waits for b0's slot (52) plus those 30 ms.
    queue.postpone(30);
    track(queue, "background", ["b1", "b2"], granted);
    await vi.advanceTimersByTimeAsync(500);
    expect([...granted.values()]).toEqual([0, 82, 134]);
  });

  it("a store that is always slow to answer is not late: the baseline is its own quickest answer", async () => {
    const store: SlotStore = {
      async take() {
        await new Promise((resolve) => setTimeout(resolve, 40));
        return { granted: true, nextSlotAt: Date.now() + 12 };
      },
    };
    const queue = queueOn(store);
    const granted = new Map<string, unknown>();
    track(queue, "background", labels("b", 3), granted);
    await vi.advanceTimersByTimeAsync(500);
    expect([...granted.values()]).toEqual([40, 92, 144]);
    expect(queue.staleGrants).toBe(0);
  });

  it("fails closed: a store error refuses the waiter whose turn it was, and the next one tries afresh", async () => {
    const store = scriptedStore([
      () => {
        throw new Error("connection refused");
      },
      (now) => ({ granted: true, nextSlotAt: now + 52 }),
    ]);
    const queue = queueOn(store);
    const outcomes = await Promise.allSettled([queue.acquire("interactive"), queue.acquire("interactive")]);
    expect(outcomes[0]).toMatchObject({
      status: "rejected",
      reason: { kind: "server", code: "InternalError.RateLimiter", cause: { message: "connection refused" } },
    });
    expect(outcomes[1].status).toBe("fulfilled");
  });

  it("lets an interactive waiter in one instance win a shared slot over another instance's background backlog", async () => {
    const shared = memoryStore();
    const timing = { interactiveHeadStartMs: 2 };
    const busy = queueOn(shared, timing);
    const quiet = queueOn(shared, timing);
    const granted = new Map<string, unknown>();
    track(busy, "background", labels("b", 20), granted);
    await vi.advanceTimersByTimeAsync(60); // b0 at 0, b1 at 54 (2 ms head start, credited back: next slot 104)
    track(quiet, "interactive", ["save"], granted);
    await vi.advanceTimersByTimeAsync(100);
    expect(granted.get("save")).toBe(104);
    expect(granted.get("b2")).toBe(158);
  });
});
