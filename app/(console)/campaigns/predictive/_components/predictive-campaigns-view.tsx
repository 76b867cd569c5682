"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { Notice } from "@/components/notice";
import type { PredictiveCampaignListResult } from "@/lib/campaigns/load-predictive-campaigns";
import {
  type PredictiveListFilters,
  parsePredictiveListParams,
  predictiveListHref,
  predictiveListQuery,
} from "@/lib/campaigns/predictive-list-params";
import { CampaignFilters } from "./campaign-filters";
import { PredictiveCampaignList } from "./predictive-campaign-list";

type LoadedResult = Extract<PredictiveCampaignListResult, { state: "ok" | "failed" }>;

/** The react-query key of a list page: the app and its canonical query string. */
export const predictiveListKey = (query: string) => ["predictive-campaigns", query] as const;

async function fetchList(sdkAppId: number, query: string): Promise<LoadedResult> {
  const response = await fetch(`/api/apps/${sdkAppId}/predictive-campaigns?${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`list request failed with ${response.status}`);
  return (await response.json()) as LoadedResult;
}

/**
 * The list under the app switcher. The server rendered the first result (`initial`); after that the URL's filters
 * drive a react-query fetch of the same loader through the API route. Filters change the URL with pushState, so
 * links, reloads and back/forward all show the same list without a full server render.
 */
export function PredictiveCampaignsView({ initial, canWrite }: { initial: LoadedResult; canWrite: boolean }) {
  const t = useTranslations("PredictiveCampaigns");
  const format = useFormatter();
  const searchParams = useSearchParams();
  const params = parsePredictiveListParams(Object.fromEntries(searchParams), initial.sdkAppIds) ?? initial.params;
  const { sdkAppId, page, ...filters } = params;
  const query = predictiveListQuery(sdkAppId, page, filters);
  const initialQuery = predictiveListQuery(initial.params.sdkAppId, initial.params.page, {
    name: initial.params.name,
    skillGroupId: initial.params.skillGroupId,
    status: initial.params.status,
  });
  const queryClient = useQueryClient();
  // A server render (link, refresh, "Try again") brings fresher data than the cache: it replaces the cached page.
  useEffect(() => {
    queryClient.setQueryData(predictiveListKey(initialQuery), initial);
  }, [queryClient, initialQuery, initial]);
  const list = useQuery({
    queryKey: predictiveListKey(query),
    queryFn: () => fetchList(sdkAppId, query),
    initialData: query === initialQuery ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const result = list.data ?? initial;
  const setFilters = (next: PredictiveListFilters) => {
    // Next's router integrates native pushState: useSearchParams updates and back/forward restores the filters.
    window.history.pushState(null, "", predictiveListHref(sdkAppId, 1, next));
  };

  return (
    <div className="space-y-4" aria-busy={list.isFetching}>
      <CampaignFilters filters={filters} skillGroups={result.skillGroups} onChange={setFilters} />
      {list.isError ? (
        <Notice title={t("fetchFailed.title")} tone="danger" alert>
          <p>{t("fetchFailed.body")}</p>
        </Notice>
      ) : null}
      {result.state === "failed" ? (
        <CccErrorNotice failure={result.failure} retryHref={predictiveListHref(sdkAppId, page, filters)} />
      ) : (
        <>
          {result.statusScan && !result.statusScan.complete ? (
            <Notice title={t("statusScan.title")}>
              <p data-testid="status-scan-note">
                {t("statusScan.body", { scanned: format.number(result.statusScan.scanned) })}
              </p>
            </Notice>
          ) : null}
          <PredictiveCampaignList
            rows={result.rows}
            totalCount={result.totalCount}
            sdkAppId={result.params.sdkAppId}
            page={result.params.page}
            filters={{
              name: result.params.name,
              skillGroupId: result.params.skillGroupId,
              status: result.params.status,
            }}
            skillGroups={result.skillGroups}
            canWrite={canWrite}
          />
        </>
      )}
    </div>
  );
}
