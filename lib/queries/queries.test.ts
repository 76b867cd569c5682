// @vitest-environment happy-dom
import { type QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cruiseQueries } from "./cruise";
import { directoryQueries } from "./directory";
import { FetchError } from "./fetch-json";
import { POLL_MS } from "./polling";
import { predictiveQueries } from "./predictive";
import { makeQueryClient, shouldRetry } from "./query-client";
import type { TCruiseCampaignBody } from "./schemas";

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal("fetch", fetchMock);

const cruise = (state: TCruiseCampaignBody["state"]): TCruiseCampaignBody => ({
  sdkAppId: 1400000001,
  campaignId: 7,
  name: "C",
  agent: "a@test.local",
  concurrencyNumber: 1,
  startTime: 1,
  endTime: 2,
  callOrder: null,
  uui: null,
  state,
  total: 10,
  called: 3,
});
const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

let visibility: DocumentVisibilityState = "visible";
function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  // What a browser does when the tab is hidden or shown; react-query listens for it on window.
  document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
}

describe("query keys and URLs", () => {
  it("lists and campaigns sit under their kind's root, which is what a change invalidates", () => {
    const list = predictiveQueries.list({ sdkAppId: 1, page: 2, status: "running" }).queryKey;
    const campaign = predictiveQueries.campaign(1, 9).queryKey;
    expect(list.slice(0, 1)).toEqual(predictiveQueries.all());
    expect(campaign.slice(0, 1)).toEqual(predictiveQueries.all());
    expect(cruiseQueries.campaign(1, 9).queryKey.slice(0, 1)).toEqual(cruiseQueries.campaigns());
    expect(cruiseQueries.list({ page: 1 }).queryKey.slice(0, 1)).not.toEqual(cruiseQueries.campaigns());
  });

  it("equal filters give equal keys whatever their order; different filters different keys", () => {
    const a = predictiveQueries.list({ sdkAppId: 1, page: 1, name: "x", status: "paused" }).queryKey;
    const b = predictiveQueries.list({ status: "paused", name: "x", page: 1, sdkAppId: 1 }).queryKey;
    const c = predictiveQueries.list({ sdkAppId: 1, page: 1, name: "x" }).queryKey;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(cruiseQueries.list({ page: 1, state: "running" }).queryKey).toEqual(["cruise-campaigns", "?state=running"]);
  });

  it("each factory reads its route", async () => {
    const client = makeQueryClient();
    fetchMock.mockImplementation(() => answer({ numbers: [], total: 0 }));
    await client.fetchQuery(directoryQueries.callerNumbers(1400000001));
    fetchMock.mockImplementation(() => answer(cruise("running")));
    await client.fetchQuery(cruiseQueries.campaign(1400000001, 7));
    fetchMock.mockImplementation(() => answer({ params: { page: 1 }, rows: [], total: 0, scanCapped: false }));
    await client.fetchQuery(cruiseQueries.list({ sdkAppId: 1400000001, page: 2 }));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      "/api/apps/1400000001/numbers",
      "/api/apps/1400000001/cruise-campaigns/7",
      "/api/cruise-campaigns?app=1400000001&page=2",
    ]);
  });

  it("retries once when no answer came, never after a refusal or a CCC failure", () => {
    expect(shouldRetry(0, new FetchError({ status: 0, code: "network" }))).toBe(true);
    expect(shouldRetry(1, new FetchError({ status: 0, code: "network" }))).toBe(false);
    expect(shouldRetry(0, new FetchError({ status: 502, code: "InternalError" }))).toBe(false);
    expect(shouldRetry(0, new FetchError({ status: 401, code: "unauthenticated" }))).toBe(false);
  });
});

describe("polling", () => {
  let client: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock.mockReset();
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
    visibility = "visible";
    client = makeQueryClient();
    client.mount();
  });
  afterEach(() => {
    client.unmount();
    client.clear();
    vi.useRealTimers();
  });

  /** Watches a campaign as a mounted page would, starting from data the server render seeded. */
  function watch(state: TCruiseCampaignBody["state"]) {
    const options = cruiseQueries.campaign(1400000001, 7);
    client.setQueryData(options.queryKey, cruise(state));
    const observer = new QueryObserver(client, options);
    return observer.subscribe(() => {});
  }

  it("does not refetch data the server just rendered, then polls a running campaign every 5 s", async () => {
    fetchMock.mockImplementation(() => answer(cruise("running")));
    const stop = watch("running");
    await vi.advanceTimersByTimeAsync(POLL_MS.cruiseCampaign.running - 1);
    expect(fetchMock).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3 * POLL_MS.cruiseCampaign.running);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    stop();
  });

  it("stops while the tab is hidden and refreshes at once when it is shown again", async () => {
    fetchMock.mockImplementation(() => answer(cruise("running")));
    const stop = watch("running");
    setVisibility("hidden");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(0);
    setVisibility("visible");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    stop();
  });

  it("a tab shown again within one interval keeps its fresh data", async () => {
    fetchMock.mockImplementation(() => answer(cruise("running")));
    const stop = watch("running");
    setVisibility("hidden");
    await vi.advanceTimersByTimeAsync(1_000);
    setVisibility("visible");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(0);
    stop();
  });

  it("stops polling once the campaign has ended, and does not refetch on return either", async () => {
    fetchMock.mockImplementation(() => answer(cruise("finished")));
    const stop = watch("running");
    await vi.advanceTimersByTimeAsync(POLL_MS.cruiseCampaign.running);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    setVisibility("hidden");
    setVisibility("visible");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    stop();
  });

  it("keeps the last data when a poll fails, and says so through the query's error", async () => {
    fetchMock.mockImplementation(() =>
      Promise.resolve(new Response(JSON.stringify({ formError: { code: "InternalError" } }), { status: 502 })),
    );
    const options = cruiseQueries.campaign(1400000001, 7);
    const stop = watch("running");
    await vi.advanceTimersByTimeAsync(POLL_MS.cruiseCampaign.running);
    const state = client.getQueryState(options.queryKey);
    expect(state?.data?.state).toBe("running");
    expect(state?.error).toMatchObject({ status: 502, code: "InternalError" });
    stop();
  });
});
