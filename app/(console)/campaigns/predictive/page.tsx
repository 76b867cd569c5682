import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { buttonVariants } from "@/components/ui/button";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { predictiveNewHref } from "@/lib/campaigns/predictive/hrefs";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import { loadPredictiveCampaigns } from "@/lib/campaigns/predictive/load-campaigns.server";
import { predictiveQueries } from "@/lib/queries/predictive";
import { ZPredictiveListBody } from "@/lib/queries/schemas";
import { HydrateClient, seedQuery } from "@/lib/queries/server";
import { AppSwitcher } from "./_components/app-switcher";
import { PredictiveCampaignsView } from "./_components/predictive-campaigns-view";

// Every view reads live campaign state from CCC; nothing here may be cached or prerendered.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PredictiveCampaigns");
  return { title: t("title") };
}

export default async function PredictiveCampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const query = await searchParams;
  // Set by the campaign page after a delete: the list says which campaign went.
  const deleted = typeof query.deleted === "string" && /^\d{1,19}$/.test(query.deleted) ? query.deleted : null;
  const [t, tCreate, tConfig, tAccess, result] = await Promise.all([
    getTranslations("PredictiveCampaigns"),
    getTranslations("PredictiveCreate"),
    getTranslations("ConfigError"),
    getTranslations("AppAccess"),
    loadPredictiveCampaigns(query, user),
  ]);
  // The first page the browser shows is this render's read; the view polls the same query from there.
  if (result.state === "ok") seedQuery(predictiveQueries.list(result.params), ZPredictiveListBody, result);

  return (
    <div className="space-y-6">
      <PageHeading
        title={t("title")}
        description={t("description")}
        actions={
          can(user.role, "campaign:write") && result.state !== "unconfigured" && result.state !== "noApps" ? (
            <Link href={predictiveNewHref(result.params.sdkAppId)} className={buttonVariants({ variant: "primary" })}>
              {tCreate("newButton")}
            </Link>
          ) : null
        }
      />
      {deleted ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800"
          data-testid="deleted-notice"
        >
          {tCreate("deleted", { campaignId: deleted })}
        </p>
      ) : null}
      {result.state === "unconfigured" ? (
        <Notice title={tConfig("title")} tone="danger" alert>
          <p>{tConfig("body")}</p>
        </Notice>
      ) : result.state === "noApps" ? (
        <Notice title={tAccess("title")}>
          <p>{tAccess("body")}</p>
        </Notice>
      ) : (
        <>
          <AppSwitcher sdkAppIds={result.sdkAppIds} current={result.params.sdkAppId} />
          {result.state === "failed" ? (
            <CccErrorNotice
              failure={result.failure}
              retryHref={predictiveListHref(result.params.sdkAppId, result.params.page, result.params)}
            />
          ) : (
            <HydrateClient>
              <PredictiveCampaignsView
                sdkAppIds={result.sdkAppIds}
                serverParams={result.params}
                canWrite={can(user.role, "campaign:write")}
              />
            </HydrateClient>
          )}
        </>
      )}
    </div>
  );
}
