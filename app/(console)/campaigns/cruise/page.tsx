import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { buttonVariants } from "@/components/ui/button";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseAppIds, loadCruiseList } from "@/lib/campaigns/cruise/load.server";
import { cruiseQueries } from "@/lib/queries/cruise";
import { ZCruiseListBody } from "@/lib/queries/schemas";
import { HydrateClient, seedQuery } from "@/lib/queries/server";
import { CruiseListFilters } from "./_components/cruise-list-filters";
import { CruiseListView } from "./_components/cruise-list-view";
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
  // The list below reads (and then polls) this query; the server's read is its first answer.
  seedQuery(cruiseQueries.list(data.params), ZCruiseListBody, data);

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description")} actions={newButton} />
      <CruiseListFilters params={data.params} appIds={data.appIds} agents={data.agents} />
      <HydrateClient>
        <CruiseListView params={data.params} timeZone={user.timeZone} newButton={newButton} />
      </HydrateClient>
      <OpenById appIds={data.appIds} />
    </div>
  );
}
