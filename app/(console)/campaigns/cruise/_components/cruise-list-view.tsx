"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Freshness } from "@/components/freshness";
import { Notice } from "@/components/notice";
import { Pagination } from "@/components/pagination";
import {
  CRUISE_PAGE_SIZE,
  CRUISE_STATE_SCAN_LIMIT,
  type CruiseListParams,
  cruiseListHref,
} from "@/lib/campaigns/cruise/list-params";
import { cruiseListPollMs, cruiseQueries } from "@/lib/queries/cruise";
import { CruiseListTable } from "./cruise-list-table";

/**
 * The list below the filters, from the query the server render seeded, polled from there: states and progress move
 * on their own. The filters are a plain GET form, so `params` (the server's reading of the URL) names the query.
 */
export function CruiseListView({
  params,
  timeZone,
  newButton,
}: {
  params: CruiseListParams;
  timeZone: string;
  /** "New campaign", offered in the empty state to users who may create. */
  newButton?: ReactNode;
}) {
  const t = useTranslations("CruiseList");
  const query = useQuery(cruiseQueries.list(params));
  const data = query.data;
  // Seeded by the page, so present from the first render; nothing to show without it.
  if (!data) return null;
  const filtered = Boolean(params.sdkAppId || params.agent || params.state);
  const pages = Math.max(1, Math.ceil(data.total / CRUISE_PAGE_SIZE));
  return (
    <>
      <div className="space-y-1">
        <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-ink-muted">
          <p data-testid="cruise-summary">{t("summary", { total: data.total })}</p>
          <p className="flex flex-wrap gap-x-3">
            <span>{t("zone", { timeZone })}</span>
            {params.state && data.scanCapped ? (
              <span>{t("scanCapped", { limit: CRUISE_STATE_SCAN_LIMIT })}</span>
            ) : null}
          </p>
        </div>
        <Freshness
          updatedAt={query.dataUpdatedAt}
          intervalMs={cruiseListPollMs(data)}
          failure={query.isError ? query.error : null}
        />
      </div>
      {data.rows.length === 0 ? (
        <Notice title={t("empty.title")}>
          <p>{filtered ? t("empty.filtered") : t("empty.body")}</p>
          {newButton && !filtered ? <div>{newButton}</div> : null}
        </Notice>
      ) : (
        <div className="overflow-hidden rounded-card border border-line bg-surface">
          <CruiseListTable rows={data.rows} page={data.params.page} timeZone={timeZone} />
        </div>
      )}
      {pages > 1 ? (
        <Pagination
          page={data.params.page}
          total={data.total}
          pageSize={CRUISE_PAGE_SIZE}
          hrefFor={(page) => cruiseListHref({ ...params, page })}
        />
      ) : null}
    </>
  );
}
