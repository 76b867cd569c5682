import { expect, it } from "vitest";
import { pgErrorCode } from "./errors";
import { campaignTerminalStates } from "./schema";
import {
  findTerminalState,
  findTerminalStates,
  forgetAllTerminalStates,
  forgetTerminalState,
  recordTerminalStates,
} from "./terminal-states";
import { describeEachBackend } from "./test-support/test-db";

const APP = 1400000001;
const OTHER_APP = 1400000002;
const describeAnswer = (name: string) => ({ Name: name, State: 2, RequestId: "req-describe" });
const listItem = { CampaignId: 11, Status: 4, CalleeCount: 10, FinishedCalleeCount: 10 };
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describeEachBackend("terminal states repository", ({ db }) => {
  const cruise = { kind: "cruise" as const, sdkAppId: APP, campaignId: 7 };

  it("records a finished campaign with its Describe answer once; a repeat changes nothing", async () => {
    const first = { ...cruise, state: "finished" as const, describe: describeAnswer("Spring") };
    expect(await recordTerminalStates(db(), [first])).toBe(1);
    const recorded = await findTerminalState(db(), cruise);
    expect(recorded).toMatchObject({
      ...cruise,
      state: "finished",
      describe: describeAnswer("Spring"),
      listItem: null,
    });
    await later();
    expect(await recordTerminalStates(db(), [{ ...first, describe: describeAnswer("Spring again") }])).toBe(0);
    expect(await findTerminalState(db(), cruise)).toEqual(recorded);
    // Same ids, other kind: a separate campaign.
    expect(await findTerminalState(db(), { ...cruise, kind: "predictive" })).toBeNull();
  });

  it("replace overwrites the answer and the time (an on-demand refresh)", async () => {
    const ref = { ...cruise, campaignId: 8 };
    await recordTerminalStates(db(), [{ ...ref, state: "finished", describe: describeAnswer("Old") }]);
    const before = await findTerminalState(db(), ref);
    await later();
    const written = await recordTerminalStates(db(), [{ ...ref, state: "finished", describe: describeAnswer("New") }], {
      replace: true,
    });
    expect(written).toBe(1);
    const after = await findTerminalState(db(), ref);
    expect(after?.describe).toEqual(describeAnswer("New"));
    expect(after?.recordedAt.getTime()).toBeGreaterThan(before?.recordedAt.getTime() ?? Number.POSITIVE_INFINITY);
  });

  it("merges a list row and a Describe answer of one predictive campaign, whichever comes first", async () => {
    const ref = { kind: "predictive" as const, sdkAppId: APP, campaignId: 11 };
    expect(await recordTerminalStates(db(), [{ ...ref, state: "finished", listItem }])).toBe(1);
    expect(await recordTerminalStates(db(), [{ ...ref, state: "finished", listItem }])).toBe(0);
    expect(await recordTerminalStates(db(), [{ ...ref, state: "finished", describe: describeAnswer("P") }])).toBe(1);
    expect(await findTerminalState(db(), ref)).toMatchObject({ describe: describeAnswer("P"), listItem });
    // A different state is news even without a new answer kind.
    expect(await recordTerminalStates(db(), [{ ...ref, state: "aborted", listItem }])).toBe(1);
    expect(await findTerminalState(db(), ref)).toMatchObject({ state: "aborted", describe: describeAnswer("P") });
  });

  it("finds exactly the pairs asked for, in one query for many", async () => {
    await recordTerminalStates(db(), [
      { kind: "cruise", sdkAppId: APP, campaignId: 21, state: "finished", describe: describeAnswer("a") },
      { kind: "cruise", sdkAppId: OTHER_APP, campaignId: 22, state: "aborted", describe: describeAnswer("b") },
      { kind: "cruise", sdkAppId: OTHER_APP, campaignId: 21, state: "aborted", describe: describeAnswer("c") },
    ]);
    const found = await findTerminalStates(db(), "cruise", [
      { sdkAppId: APP, campaignId: 21 },
      { sdkAppId: OTHER_APP, campaignId: 22 },
      { sdkAppId: APP, campaignId: 22 },
    ]);
    expect(found.map((row) => `${row.sdkAppId}/${row.campaignId}/${row.state}`).sort()).toEqual([
      `${APP}/21/finished`,
      `${OTHER_APP}/22/aborted`,
    ]);
    expect(await findTerminalStates(db(), "cruise", [])).toEqual([]);
  });

  it("forgets one record, or all of them", async () => {
    const ref = { ...cruise, campaignId: 31 };
    await recordTerminalStates(db(), [{ ...ref, state: "aborted", describe: describeAnswer("x") }]);
    await forgetTerminalState(db(), ref);
    expect(await findTerminalState(db(), ref)).toBeNull();
    await recordTerminalStates(db(), [{ ...ref, state: "aborted", describe: describeAnswer("x") }]);
    await forgetAllTerminalStates(db());
    expect(await findTerminalStates(db(), "cruise", [ref, cruise])).toEqual([]);
  });

  it("refuses a state that is not terminal and a row with no answer at all", async () => {
    const ref = { ...cruise, campaignId: 41 };
    const insert = (values: Record<string, unknown>) =>
      db()
        .insert(campaignTerminalStates)
        .values({ ...ref, state: "finished", describe: {}, ...values } as typeof campaignTerminalStates.$inferInsert)
        .then(
          () => "inserted",
          (error: unknown) => pgErrorCode(error),
        );
    expect(await insert({ state: "running" })).toBe("23514");
    expect(await insert({ describe: null, listItem: null })).toBe("23514");
  });
});
