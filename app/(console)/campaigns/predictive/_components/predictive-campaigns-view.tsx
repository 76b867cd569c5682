"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Freshness, useFetchErrorText } from "@/components/freshness";
import { Notice } from "@/components/notice";
import {
  type PredictiveListFilters,
  type PredictiveListParams,
  parsePredictiveListParams,
  predictiveListHref,
} from "@/lib/campaigns/predictive/list-params";
import { POLL_MS } from "@/lib/queries/polling";
import { predictiveQueries } from "@/lib/queries/predictive";
import { CampaignFilters } from "./campaign-filters";
import { PredictiveCampaignList } from "./predictive-campaign-list";

/**
 * The list under the app switcher, read from the query the server render seeded and polled from there. The URL's
 * filters pick the query: filters change the URL with pushState, so links, reloads and back/forward all show the
 * same list without a full server render, and the previous page stays on screen while the next one loads.
 */
export function PredictiveCampaignsView({
  sdkAppIds,
  serverParams,
  canWrite,
}: {
  /** The apps this user may see here (configured ∩ granted). */
  sdkAppIds: readonly number[];
  /** What the server render read, for the moment before the URL is readable. */
  serverParams: PredictiveListParams;
  canWrite: boolean;
}) {
  const t = useTranslations("PredictiveCampaigns");
  const format = useFormatter();
  const errorText = useFetchErrorText();
  const searchParams = useSearchParams();
  const params = parsePredictiveListParams(Object.fromEntries(searchParams), sdkAppIds) ?? serverParams;
  const { sdkAppId, page, ...filters } = params;
  const list = useQuery({ ...predictiveQueries.list(params), placeholderData: keepPreviousData });
  const result = list.data;
  const setFilters = (next: PredictiveListFilters) => {
    // Next's router integrates native pushState: useSearchParams updates and back/forward restores the filters.
    window.history.pushState(null, "", predictiveListHref(sdkAppId, 1, next));
  };
  // Failed while showing the previous filters' page (or nothing): say so above the list, not as "refresh failed".
  const loadFailed = list.isError && (list.isPlaceholderData || !result);

  return (
    <div className="space-y-4" aria-busy={list.isPlaceholderData && list.isFetching}>
      <CampaignFilters filters={filters} skillGroups={result?.skillGroups ?? []} onChange={setFilters} />
      {loadFailed ? (
        <Notice title={t("fetchFailed.title")} tone="danger" alert>
          <p>{t("fetchFailed.body", { reason: errorText(list.error) })}</p>
        </Notice>
      ) : null}
      {result && !list.isPlaceholderData ? (
        <Freshness
          updatedAt={list.dataUpdatedAt}
          intervalMs={POLL_MS.predictiveList}
          failure={list.isError ? list.error : null}
        />
      ) : null}
      {result ? (
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
      ) : null}
    </div>
  );
}
