import { beforeEach, describe, expect, it } from "vitest";
import type { CccActionName } from "./actions";
import { bindActionMethods, type CccCallOptions, type CccClient } from "./client";
import { CccError, isCccError } from "./errors";
import { type AnnouncedRead, type InvalidationBus, type ReadCacheOptions, withReadCache } from "./read-cache";

/** A call the fake client received, answered when the test says so. */
interface PendingCall {
  action: CccActionName;
  request: unknown;
  opts: CccCallOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

function fakeClient() {
  const calls: PendingCall[] = [];
  const client = bindActionMethods(
    (action, request, opts = {}) =>
      new Promise((resolve, reject) => {
        calls.push({ action, request, opts, resolve: resolve as (value: unknown) => void, reject });
      }),
  );
  return { client, calls };
}

const APP = 1400000001;
const OTHER_APP = 1400000002;
const describeRef = (campaignId: number, sdkAppId = APP) => ({ SdkAppId: sdkAppId, CampaignId: campaignId });
const answer = (n: number) => ({ Name: `answer ${n}`, RequestId: `req-${n}` });
const settle = () => new Promise((resolve) => setImmediate(resolve));

let clock = 0;
let fake: ReturnType<typeof fakeClient>;
let ccc: CccClient;

function setup(options: Partial<ReadCacheOptions> = {}) {
  fake = fakeClient();
  ccc = withReadCache(fake.client, { freshMs: 2_000, now: () => clock, ...options });
}

/** Answers the call at `index` and lets the cache see the result. */
async function answerCall(index: number, value: unknown) {
  const call = fake.calls[index];
  if (!call) throw new Error(`no call ${index}; ${fake.calls.length} made`);
  call.resolve(value);
  await settle();
}

const describe1 = () => ccc.describeAgentCruiseDialingCampaign(describeRef(1));

beforeEach(() => {
  clock = 1_000_000;
  setup();
});

describe("single-flight", () => {
  it("shares one call among identical reads in flight, whatever the key order", async () => {
    const reads = [
      describe1(),
      describe1(),
      ccc.call("DescribeAgentCruiseDialingCampaign", { CampaignId: 1, SdkAppId: APP }),
    ];
    const other = ccc.describeAgentCruiseDialingCampaign(describeRef(2));
    expect(fake.calls.map((c) => c.request)).toEqual([describeRef(1), describeRef(2)]);
    await answerCall(0, answer(1));
    await answerCall(1, answer(2));
    expect(await Promise.all(reads)).toEqual([answer(1), answer(1), answer(1)]);
    expect(await other).toEqual(answer(2));
  });

  it("never coalesces writes", async () => {
    const ref = describeRef(1);
    void ccc.abortAgentCruiseDialingCampaign(ref);
    void ccc.abortAgentCruiseDialingCampaign(ref);
    expect(fake.calls.map((c) => c.action)).toEqual([
      "AbortAgentCruiseDialingCampaign",
      "AbortAgentCruiseDialingCampaign",
    ]);
  });

  it("lets one caller give up waiting without cancelling the call the others share", async () => {
    const controller = new AbortController();
    const impatient = ccc.describeAgentCruiseDialingCampaign(describeRef(1), { signal: controller.signal });
    const patient = describe1();
    expect(fake.calls[0]?.opts.signal).toBeUndefined();
    controller.abort();
    const error = await impatient.catch((e: unknown) => e);
    expect(isCccError(error) && error.code).toBe("Network.Aborted");
    await answerCall(0, answer(1));
    expect(await patient).toEqual(answer(1));
  });
});

describe("fresh window", () => {
  it("serves the answer without asking CCC until the window ends, then asks again", async () => {
    const first = describe1();
    await answerCall(0, answer(1));
    expect(await first).toEqual(answer(1));
    clock += 1_999;
    expect(await describe1()).toEqual(answer(1));
    expect(fake.calls).toHaveLength(1);
    clock += 1;
    const next = describe1();
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect(await next).toEqual(answer(2));
  });

  it("freezes shared answers so one reader cannot change what the others see", async () => {
    const first = describe1();
    await answerCall(0, { List: [{ Name: "a" }], RequestId: "r" });
    const value = (await first) as unknown as { List: { Name: string }[] };
    expect(Object.isFrozen(value.List[0])).toBe(true);
  });

  it("with a window of 0 keeps single-flight but caches nothing", async () => {
    setup({ freshMs: 0 });
    const [a, b] = [describe1(), describe1()];
    await answerCall(0, answer(1));
    expect([await a, await b]).toEqual([answer(1), answer(1)]);
    const later = describe1();
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect(await later).toEqual(answer(2));
  });
});

describe("stale-while-revalidate", () => {
  it("after the window, the first caller refreshes and the others get the previous answer meanwhile", async () => {
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 3_000;
    const refreshing = describe1();
    expect(fake.calls).toHaveLength(2);
    expect(await describe1()).toEqual(answer(1));
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect(await refreshing).toEqual(answer(2));
    expect(await describe1()).toEqual(answer(2));
  });

  it("the first caller after the window takes the previous answer when the refresh is slow; the refresh still lands", async () => {
    setup({ freshMs: 2_000, refreshWaitMs: 20 });
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 3_000;
    expect(await describe1()).toEqual(answer(1));
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect(await describe1()).toEqual(answer(2));
    expect(fake.calls).toHaveLength(2);
  });

  it("a slow refresh that fails leaves the previous answer to its first caller, and the next read asks again", async () => {
    setup({ freshMs: 2_000, refreshWaitMs: 60_000 });
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 3_000;
    const refreshing = describe1();
    fake.calls[1]?.reject(
      new CccError({ action: "DescribeAgentCruiseDialingCampaign", code: "InternalError", message: "oops" }),
    );
    expect(await refreshing).toEqual(answer(1));
    void describe1();
    expect(fake.calls).toHaveLength(3);
  });

  it("waits for the refresh instead of serving an answer older than the maximum staleness", async () => {
    setup({ freshMs: 2_000, maxStaleMs: 10_000 });
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 10_000;
    const refreshing = describe1();
    const joiner = describe1();
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect([await refreshing, await joiner]).toEqual([answer(2), answer(2)]);
  });
});

describe("invalidation by writes", () => {
  async function cached() {
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
  }

  it("a settled write of the app makes its reads ask CCC again; other apps keep theirs", async () => {
    await cached();
    const otherApp = ccc.describeAgentCruiseDialingCampaign(describeRef(1, OTHER_APP));
    await answerCall(1, answer(9));
    await otherApp;
    const write = ccc.abortAgentCruiseDialingCampaign(describeRef(1));
    expect(await describe1()).toEqual(answer(1)); // the write has not settled yet
    await answerCall(2, { RequestId: "abort" });
    await write;
    const after = describe1();
    expect(fake.calls.map((c) => c.action).slice(3)).toEqual(["DescribeAgentCruiseDialingCampaign"]);
    await answerCall(3, answer(2));
    expect(await after).toEqual(answer(2));
    expect(await ccc.describeAgentCruiseDialingCampaign(describeRef(1, OTHER_APP))).toEqual(answer(9));
    expect(fake.calls).toHaveLength(4);
  });

  it("a campaign write touches its campaign and the app's lists, not other campaigns or skill groups", async () => {
    await cached();
    const list = ccc.describePredictiveDialingCampaigns({ SdkAppId: APP, PageSize: 10, PageNumber: 0 });
    await answerCall(1, { TotalCount: 0, CallList: [], RequestId: "list-1" });
    await list;
    const groups = () => ccc.describeSkillGroupInfoList({ SdkAppId: APP, PageSize: 100, PageNumber: 0 });
    const firstGroups = groups();
    await answerCall(2, { TotalCount: 0, SkillGroupList: [], RequestId: "groups-1" });
    await firstGroups;
    const write = ccc.abortAgentCruiseDialingCampaign(describeRef(2));
    await answerCall(3, { RequestId: "abort" });
    await write;
    expect(await describe1()).toEqual(answer(1));
    expect(await groups()).toMatchObject({ RequestId: "groups-1" });
    void ccc.describePredictiveDialingCampaigns({ SdkAppId: APP, PageSize: 10, PageNumber: 0 });
    void ccc.describeAgentCruiseDialingCampaign(describeRef(2));
    expect(fake.calls.map((c) => c.action).slice(4)).toEqual([
      "DescribePredictiveDialingCampaigns",
      "DescribeAgentCruiseDialingCampaign",
    ]);
  });

  it("a failed write invalidates too: it may have applied", async () => {
    await cached();
    const write = ccc.abortAgentCruiseDialingCampaign(describeRef(1));
    fake.calls[1]?.reject(
      new CccError({ action: "AbortAgentCruiseDialingCampaign", code: "Network.Timeout", message: "timed out" }),
    );
    await expect(write).rejects.toThrow(CccError);
    void describe1();
    expect(fake.calls).toHaveLength(3);
  });

  it("a read started before the write settled is neither joined afterwards nor kept", async () => {
    const before = describe1();
    const write = ccc.abortAgentCruiseDialingCampaign(describeRef(1));
    await answerCall(1, { RequestId: "abort" });
    await write;
    const after = describe1();
    expect(fake.calls).toHaveLength(3);
    await answerCall(0, answer(1));
    await answerCall(2, answer(2));
    expect([await before, await after]).toEqual([answer(1), answer(2)]);
    expect(await describe1()).toEqual(answer(2));
    expect(fake.calls).toHaveLength(3);
  });
});

describe("fresh reads", () => {
  it("skip the cached answer and the call in flight, and their answer serves the next reads", async () => {
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 3_000;
    const inFlight = describe1();
    const fresh = ccc.describeAgentCruiseDialingCampaign(describeRef(1), { fresh: true });
    expect(fake.calls).toHaveLength(3);
    expect(fake.calls[2]?.opts).toEqual({ fresh: true });
    await answerCall(2, answer(3));
    await answerCall(1, answer(2));
    expect([await inFlight, await fresh]).toEqual([answer(2), answer(3)]);
    // The older call finished last but does not replace the newer answer.
    expect(await describe1()).toEqual(answer(3));
    expect(fake.calls).toHaveLength(3);
  });
});

describe("errors and size", () => {
  it("shares a failure with the callers waiting on it but never caches it", async () => {
    const [a, b] = [describe1(), describe1()];
    fake.calls[0]?.reject(
      new CccError({ action: "DescribeAgentCruiseDialingCampaign", code: "InternalError", message: "oops" }),
    );
    await expect(a).rejects.toMatchObject({ code: "InternalError" });
    await expect(b).rejects.toMatchObject({ code: "InternalError" });
    const retry = describe1();
    expect(fake.calls).toHaveLength(2);
    await answerCall(1, answer(2));
    expect(await retry).toEqual(answer(2));
  });

  it("keeps at most maxEntries answers, dropping the least recently used", async () => {
    setup({ maxEntries: 2 });
    for (const [index, id] of [1, 2, 3].entries()) {
      const read = ccc.describeAgentCruiseDialingCampaign(describeRef(id));
      await answerCall(index, answer(id));
      await read;
    }
    await ccc.describeAgentCruiseDialingCampaign(describeRef(3));
    await ccc.describeAgentCruiseDialingCampaign(describeRef(2));
    expect(fake.calls).toHaveLength(3);
    void describe1();
    expect(fake.calls).toHaveLength(4);
  });
});

describe("per-answer windows (freshMsFor)", () => {
  it("serves an answer for the window it names, then asks again", async () => {
    setup({ freshMsFor: (_action, response) => ((response as { Name?: string }).Name === "answer 1" ? 30_000 : 0) });
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    clock += 29_999;
    expect(await describe1()).toEqual(answer(1));
    expect(fake.calls).toHaveLength(1);
    clock += 1;
    void describe1();
    expect(fake.calls).toHaveLength(2);
  });

  it("never shortens the normal window, and a write still ends a long one at once", async () => {
    setup({ freshMsFor: () => 30_000 });
    const first = describe1();
    await answerCall(0, answer(1));
    await first;
    const abort = ccc.abortAgentCruiseDialingCampaign(describeRef(1));
    await answerCall(1, {});
    await abort;
    void describe1();
    expect(fake.calls.map((c) => c.action)).toEqual([
      "DescribeAgentCruiseDialingCampaign",
      "AbortAgentCruiseDialingCampaign",
      "DescribeAgentCruiseDialingCampaign",
    ]);
  });
});

/** A bus whose other side is the test: it records what this instance published and delivers other instances' news. */
function fakeBus() {
  const published: (readonly string[])[] = [];
  const announced: AnnouncedRead[] = [];
  const listeners: {
    onScopes?: (scopes: readonly string[]) => void;
    onLost?: () => void;
    onReads?: (reads: readonly AnnouncedRead[]) => void;
  } = {};
  const bus: InvalidationBus = {
    publish: (scopes) => published.push(scopes),
    announce: (read) => announced.push(read),
    subscribe(onScopes, onLost, onReads) {
      Object.assign(listeners, { onScopes, onLost, onReads });
    },
  };
  return {
    published,
    announced,
    bus,
    fromOtherInstance: (scopes: string[]) => listeners.onScopes?.(scopes),
    announcedElsewhere: (reads: AnnouncedRead[]) => listeners.onReads?.(reads),
    lost: () => listeners.onLost?.(),
  };
}

describe("invalidation between instances (bus)", () => {
  it("publishes the scopes each write touched: the campaign and the app's lists; other writes the directory too", async () => {
    const remote = fakeBus();
    setup({ bus: remote.bus });
    const abort = ccc.abortAgentCruiseDialingCampaign(describeRef(7));
    await answerCall(0, {});
    await abort;
    expect(remote.published).toEqual([[`${APP}#7`, `${APP}#campaigns`]]);
  });

  it("another instance's write to a campaign drops this instance's answer for it, and only for it", async () => {
    const remote = fakeBus();
    setup({ bus: remote.bus });
    const reads = [describe1(), ccc.describeAgentCruiseDialingCampaign(describeRef(2))];
    await answerCall(0, answer(1));
    await answerCall(1, answer(2));
    await Promise.all(reads);
    remote.fromOtherInstance([`${APP}#1`, `${APP}#campaigns`]);
    void describe1();
    void ccc.describeAgentCruiseDialingCampaign(describeRef(2));
    expect(fake.calls.map((c) => c.request)).toEqual([describeRef(1), describeRef(2), describeRef(1)]);
  });

  it("announces a read when asked to, and makes the reads other instances announce, in the background lane", async () => {
    const remote = fakeBus();
    setup({ bus: remote.bus });
    const mine = ccc.describeAgentCruiseDialingCampaign(describeRef(1), { announce: true });
    expect(remote.announced).toEqual([{ action: "DescribeAgentCruiseDialingCampaign", request: describeRef(1) }]);
    await answerCall(0, answer(1));
    await mine;
    remote.announcedElsewhere([
      { action: "DescribeAgentCruiseDialingCampaign", request: describeRef(2) },
      // Already fresh here: no second call.
      { action: "DescribeAgentCruiseDialingCampaign", request: describeRef(1) },
      // Never a write, whatever a message says.
      { action: "AbortAgentCruiseDialingCampaign", request: describeRef(3) },
      { action: "NoSuchAction", request: {} },
    ]);
    expect(fake.calls.map((c) => [c.action, c.request, c.opts.lane])).toEqual([
      ["DescribeAgentCruiseDialingCampaign", describeRef(1), undefined],
      ["DescribeAgentCruiseDialingCampaign", describeRef(2), "background"],
    ]);
    await answerCall(1, answer(2));
    await settle();
    // The next viewer on this instance is answered from memory.
    expect(await ccc.describeAgentCruiseDialingCampaign(describeRef(2))).toEqual(answer(2));
    expect(fake.calls).toHaveLength(2);
  });

  it("when notifications may have been lost, nothing cached is served again", async () => {
    const remote = fakeBus();
    setup({ bus: remote.bus });
    const read = describe1();
    await answerCall(0, answer(1));
    await read;
    remote.lost();
    void describe1();
    expect(fake.calls).toHaveLength(2);
  });
});
