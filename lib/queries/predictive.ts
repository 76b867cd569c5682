/** Query factories of the predictive pages: the only place their query keys are spelled. */
import { queryOptions } from "@tanstack/react-query";
import { type PredictiveListParams, predictiveListQuery } from "@/lib/campaigns/predictive/list-params";
import { fetchJson } from "./fetch-json";
import { POLL_MS, polled } from "./polling";
import {
  type TPredictiveCampaignBody,
  type TPredictiveListBody,
  ZPredictiveCampaignBody,
  ZPredictiveListBody,
} from "./schemas";

const ROOT = "predictive-campaigns";

export const predictiveQueries = {
  /** Every predictive query (lists and campaigns): what a lifecycle change invalidates. */
  all: () => [ROOT] as const,

  /** One page of an app's list with its filters (the page's canonical query string is the key). */
  list: (params: PredictiveListParams) => {
    const { sdkAppId, page, ...filters } = params;
    const query = predictiveListQuery(sdkAppId, page, filters);
    return queryOptions({
      queryKey: [ROOT, sdkAppId, "list", query] as const,
      queryFn: ({ signal }) =>
        fetchJson(`/api/apps/${sdkAppId}/predictive-campaigns?${query}`, ZPredictiveListBody, { signal }),
      ...polled<TPredictiveListBody>(() => POLL_MS.predictiveList),
    });
  },

  /** One campaign: Describe, callee counts and skill group names. Polls by status; stops once it has ended. */
  campaign: (sdkAppId: number, campaignId: number) =>
    queryOptions({
      queryKey: [ROOT, sdkAppId, "campaign", campaignId] as const,
      queryFn: ({ signal }) =>
        fetchJson(`/api/apps/${sdkAppId}/predictive-campaigns/${campaignId}`, ZPredictiveCampaignBody, { signal }),
      ...polled<TPredictiveCampaignBody>((data) => (data ? POLL_MS.predictiveCampaign[data.snapshot.status] : false)),
    }),
};
