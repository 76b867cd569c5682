/**
 * How often each page asks the console for fresh data while it is visible. The budget behind these numbers (CCC's
 * 20 requests/second per action for the whole account, 50 viewers, the read cache) is in docs/decisions.md,
 * "Polling budget". `false`: the data no longer changes by itself, so nothing polls.
 */
import type { DefaultError, Query } from "@tanstack/react-query";
import type { CruiseState } from "@/lib/campaigns/cruise/campaign-view";
import type { PredictiveStatus } from "@/lib/campaigns/predictive/campaign-row";

export const POLL_MS = {
  predictiveList: 10_000,
  cruiseList: 15_000,
  /** While some rows were still waiting for CCC when the list answered ("Checking with CCC…"). */
  cruiseListChecking: 2_000,
  predictiveCampaign: { pending: 15_000, running: 5_000, paused: 15_000, aborted: false, finished: false },
  cruiseCampaign: { notStarted: 15_000, running: 5_000, finished: false, aborted: false },
  predictiveMonitor: { pending: 15_000, running: 5_000, paused: 15_000, aborted: false, finished: false },
  /** A running campaign's results tab re-reads its newest chunk this often (uncached: see "Polling budget"). */
  resultsRunning: 60_000,
} as const satisfies {
  predictiveList: number;
  cruiseList: number;
  cruiseListChecking: number;
  predictiveCampaign: Record<PredictiveStatus, number | false>;
  cruiseCampaign: Record<CruiseState, number | false>;
  predictiveMonitor: Record<PredictiveStatus, number | false>;
  resultsRunning: number;
};

export type PollInterval = number | false;

/**
 * react-query options for a polled read. The interval may depend on the data (a finished campaign stops). Polls
 * skip while the tab is hidden (refetchIntervalInBackground: false checks document.visibilityState), and a tab
 * coming back refetches at once when its data is older than one interval (refetchOnWindowFocus + staleTime).
 * Data is fresh for one interval, so a page hydrated from the server render does not fetch again on mount.
 */
export function polled<T>(interval: (data: T | undefined) => PollInterval) {
  const of = (query: Query<T, DefaultError, T, readonly unknown[]>) => interval(query.state.data);
  return {
    refetchInterval: of,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: (query: Query<T, DefaultError, T, readonly unknown[]>) => of(query) || Number.POSITIVE_INFINITY,
  } as const;
}
