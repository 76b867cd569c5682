/** Query factories of the agent cruise pages: the only place their query keys are spelled. */

import { queryOptions, skipToken } from "@tanstack/react-query";
import { isNotAnsweredYet } from "@/lib/campaigns/ccc-failure";
import { type CruiseListParams, cruiseListHref } from "@/lib/campaigns/cruise/list-params";
import { fetchJson } from "./fetch-json";
import { POLL_MS, polled } from "./polling";
import {
  type TCruiseCampaignBody,
  type TCruiseListBody,
  ZCruiseCampaignBody,
  ZCruiseListBody,
  ZStaffBody,
} from "./schemas";

export const cruiseQueries = {
  /** Every single-campaign query: what an abort invalidates. */
  campaigns: () => ["cruise-campaign"] as const,

  /** One campaign's live state; polls while it can still change by itself. */
  campaign: (sdkAppId: number, campaignId: number) =>
    queryOptions({
      queryKey: ["cruise-campaign", sdkAppId, campaignId] as const,
      queryFn: ({ signal }) =>
        fetchJson(`/api/apps/${sdkAppId}/cruise-campaigns/${campaignId}`, ZCruiseCampaignBody, { signal }),
      ...polled<TCruiseCampaignBody>((data) => (data ? POLL_MS.cruiseCampaign[data.state] : false)),
    }),

  /** The console's cruise campaigns with the list page's filters (its canonical query string is the key). */
  list: (params: CruiseListParams) => {
    const search = new URL(cruiseListHref(params), "http://x").search;
    return queryOptions({
      queryKey: ["cruise-campaigns", search] as const,
      queryFn: ({ signal }) => fetchJson(`/api/cruise-campaigns${search}`, ZCruiseListBody, { signal }),
      ...polled<TCruiseListBody>(cruiseListPollMs),
    });
  },

  /** The app's agents for the picker; none until an app is chosen. Agents change rarely: five minutes fresh. */
  staff: (sdkAppId: number | undefined) =>
    queryOptions({
      queryKey: ["cruise-staff", sdkAppId] as const,
      queryFn:
        sdkAppId === undefined
          ? skipToken
          : ({ signal }) => fetchJson(`/api/apps/${sdkAppId}/staff`, ZStaffBody, { signal }),
      staleTime: 5 * 60_000,
    }),
};

/** The list's poll interval: sooner while some rows were still waiting for CCC ("Checking with CCC…"). */
export function cruiseListPollMs(data: TCruiseListBody | undefined): number {
  const checking = data?.rows.some(({ describe }) => !describe.ok && isNotAnsweredYet(describe.failure));
  return checking ? POLL_MS.cruiseListChecking : POLL_MS.cruiseList;
}
