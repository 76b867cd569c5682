import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/notice";
import { Pagination } from "@/components/pagination";
import type { PredictiveCampaignRow } from "@/lib/campaigns/predictive/campaign-row";
import {
  PREDICTIVE_PAGE_SIZE,
  type PredictiveListFilters,
  predictiveListHref,
} from "@/lib/campaigns/predictive/list-params";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import { PredictiveCampaignTable } from "./predictive-campaign-table";

/** The list card: a summary line, the table (or the empty / out-of-range state) and pagination. */
export function PredictiveCampaignList({
  rows,
  totalCount,
  sdkAppId,
  page,
  filters,
  skillGroups,
  canWrite,
}: {
  rows: readonly PredictiveCampaignRow[];
  totalCount: number;
  sdkAppId: number;
  page: number;
  filters: PredictiveListFilters;
  skillGroups: readonly SkillGroupOption[];
  /** Whether the user may change campaigns (campaign:write): shows the Abort controls. */
  canWrite: boolean;
}) {
  const t = useTranslations("PredictiveCampaigns");
  const app = String(sdkAppId);
  const filtered = Boolean(filters.name || filters.skillGroupId !== undefined || filters.status);

  if (totalCount === 0) {
    return filtered ? (
      <Notice title={t("noMatch.title")}>
        <p>{t("noMatch.body", { sdkAppId: app })}</p>
      </Notice>
    ) : (
      <Notice title={t("empty.title")}>
        <p>{t("empty.body", { sdkAppId: app })}</p>
      </Notice>
    );
  }
  // A stale link or a campaign deleted since the last page: say so instead of showing an empty table.
  if (rows.length === 0) {
    return (
      <Notice title={t("outOfRange.title")}>
        <p>{t("outOfRange.body", { total: totalCount })}</p>
        <Link href={predictiveListHref(sdkAppId, 1, filters)} className="font-medium text-accent hover:underline">
          {t("outOfRange.action")}
        </Link>
      </Notice>
    );
  }

  return (
    <div className="overflow-hidden rounded-card border border-line bg-surface shadow-xs">
      <p className="border-b border-line px-4 py-3 text-sm font-medium text-ink" data-testid="campaign-summary">
        {filtered
          ? t("summaryFiltered", { total: totalCount, sdkAppId: app })
          : t("summary", { total: totalCount, sdkAppId: app })}
      </p>
      <PredictiveCampaignTable
        rows={rows}
        sdkAppId={sdkAppId}
        page={page}
        skillGroups={skillGroups}
        canWrite={canWrite}
      />
      <div className="border-t border-line px-4 py-3">
        <Pagination
          page={page}
          pageSize={PREDICTIVE_PAGE_SIZE}
          total={totalCount}
          hrefFor={(target) => predictiveListHref(sdkAppId, target, filters)}
        />
      </div>
    </div>
  );
}
