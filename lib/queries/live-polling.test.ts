import { describe, expect, it } from "vitest";
import { predictiveStatuses } from "@/lib/campaigns/predictive/campaign-row";
import { monitorQueries, type TMonitorBody } from "./monitor";
import { POLL_MS } from "./polling";
import { makeQueryClient } from "./query-client";
import { resultsQueries, type TResultsChunkBody } from "./results";

/** What react-query would ask an option function for the query holding `data`. */
function queryHolding<T>(options: { queryKey: readonly unknown[] }, data: T) {
  const client = makeQueryClient();
  client.setQueryData(options.queryKey, data);
  const query = client.getQueryCache().find({ queryKey: options.queryKey });
  if (!query) throw new Error("query not cached");
  return query as never;
}

const monitor = (status: TMonitorBody["status"]): TMonitorBody => ({
  sdkAppId: 1400000001,
  campaignId: 1004,
  name: "C",
  status,
  startTime: 1,
  endTime: 2,
  skillGroup: { id: 101, name: null },
  progress: null,
  live: null,
});

const chunk = (running: boolean): TResultsChunkBody => ({
  chunk: 0,
  chunks: 1,
  total: 10,
  truncated: false,
  running,
  calls: [],
});

describe("live monitor polling", () => {
  it.each(predictiveStatuses)("polls a %s campaign at POLL_MS.predictiveMonitor", (status) => {
    const options = monitorQueries.campaign(1400000001, 1004);
    const interval = options.refetchInterval as (query: never) => number | false;
    expect(interval(queryHolding(options, monitor(status)))).toBe(POLL_MS.predictiveMonitor[status]);
    expect(options.refetchIntervalInBackground).toBe(false);
  });

  it("polls only while running: 5 s running, 15 s pending or paused, never once ended", () => {
    expect(POLL_MS.predictiveMonitor).toEqual({
      pending: 15_000,
      running: 5_000,
      paused: 15_000,
      aborted: false,
      finished: false,
    });
  });
});

describe("results of a running campaign", () => {
  it("re-reads the newest chunk every minute while the campaign runs, and stops when it does not", () => {
    const options = resultsQueries.chunk("predictive", 1400000001, 1004, 1, true);
    const interval = options.refetchInterval as (query: never) => number | false;
    expect(interval(queryHolding(options, chunk(true)))).toBe(60_000);
    expect(interval(queryHolding(options, chunk(false)))).toBe(false);
    expect(options.refetchIntervalInBackground).toBe(false);
  });

  it("never re-reads an older chunk: its calls do not change", () => {
    const options = resultsQueries.chunk("predictive", 1400000001, 1004, 0, false);
    expect(options.refetchInterval).toBeUndefined();
    expect(options.staleTime).toBe(Number.POSITIVE_INFINITY);
    expect(options.queryKey).toEqual(resultsQueries.chunk("predictive", 1400000001, 1004, 0, true).queryKey);
  });
});
