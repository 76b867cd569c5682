import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { buttonVariants } from "@/components/ui/button";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { CRUISE_PAGE_SIZE, CRUISE_STATE_SCAN_LIMIT, cruiseListHref } from "@/lib/campaigns/cruise/list-params";
import { cruiseAppIds, loadCruiseList } from "@/lib/campaigns/cruise/load";
import { CruiseListFilters } from "./_components/cruise-list-filters";
import { CruiseListTable } from "./_components/cruise-list-table";
import { OpenById } from "./_components/open-by-id";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CruiseList");
  return { title: t("title") };
}

export default async function CruiseCampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const [t, tConfig, tAccess] = await Promise.all([
    getTranslations("CruiseList"),
    getTranslations("ConfigError"),
    getTranslations("AppAccess"),
  ]);
  const appIds = cruiseAppIds(user);
  const canWrite = can(user.role, "campaign:write");
  const newButton = canWrite ? (
    <Link href="/campaigns/cruise/new" className={buttonVariants({ variant: "primary" })}>
      {t("new")}
    </Link>
  ) : undefined;

  if (!appIds || appIds.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} description={t("description")} />
        {appIds ? (
          <Notice title={tAccess("title")}>
            <p>{tAccess("body")}</p>
          </Notice>
        ) : (
          <Notice title={tConfig("title")} tone="danger" alert>
            <p>{tConfig("body")}</p>
          </Notice>
        )}
      </div>
    );
  }

  const data = await loadCruiseList(await searchParams, appIds);
  const filtered = Boolean(data.params.sdkAppId || data.params.agent || data.params.state);
  const pages = Math.max(1, Math.ceil(data.total / CRUISE_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description")} actions={newButton} />
      <CruiseListFilters params={data.params} appIds={data.appIds} agents={data.agents} />
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-ink-muted">
        <p data-testid="cruise-summary">{t("summary", { total: data.total })}</p>
        <p className="flex flex-wrap gap-x-3">
          <span>{t("zone", { timeZone: user.timeZone })}</span>
          {data.params.state && data.scanCapped ? (
            <span>{t("scanCapped", { limit: CRUISE_STATE_SCAN_LIMIT })}</span>
          ) : null}
        </p>
      </div>
      {data.rows.length === 0 ? (
        <Notice title={t("empty.title")}>
          <p>{filtered ? t("empty.filtered") : t("empty.body")}</p>
          {newButton && !filtered ? <div>{newButton}</div> : null}
        </Notice>
      ) : (
        <div className="overflow-hidden rounded-card border border-line bg-surface">
          <CruiseListTable rows={data.rows} page={data.params.page} timeZone={user.timeZone} />
        </div>
      )}
      {pages > 1 ? (
        <Pagination
          page={data.params.page}
          total={data.total}
          pageSize={CRUISE_PAGE_SIZE}
          hrefFor={(page) => cruiseListHref({ ...data.params, page })}
        />
      ) : null}
      <OpenById appIds={data.appIds} />
    </div>
  );
}
