import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { PageHeading } from "@/components/page-heading";
import { RecordedStateNotice } from "@/components/recorded-state-notice";
import { CampaignTabs } from "@/components/results/campaign-tabs";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { loadPlannedTimeZone } from "@/lib/campaigns/planned-zone.server";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import { loadPredictiveCampaign } from "@/lib/campaigns/predictive/load-campaign.server";
import { predictiveQueries } from "@/lib/queries/predictive";
import { ZPredictiveCampaignBody } from "@/lib/queries/schemas";
import { HydrateClient, seedQuery } from "@/lib/queries/server";
import { PredictiveCampaignView } from "./_components/predictive-campaign-view";

// Live CCC state on every view.
export const dynamic = "force-dynamic";

type Params = Promise<{ sdkAppId: string; campaignId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PredictiveDetail");
  return { title: t("title") };
}

export default async function PredictiveCampaignPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const route = await params;
  const query = await searchParams;
  // Set by the edit form after a successful save; the values shown are read back from CCC, not from the form.
  const saved = query.saved === "1";
  // Set by the create form: "1" for a new campaign, "replayed" when the answer was the first submission's.
  const created = query.created === "1" || query.created === "replayed" ? query.created : null;
  // "Refresh from CCC": read CCC now (the answer replaces the record), then show the page at its plain address.
  const refresh = query.refresh === "1";
  const [t, tCreate, result] = await Promise.all([
    getTranslations("PredictiveDetail"),
    getTranslations("PredictiveCreate"),
    // Fresh after a save too: another console instance's read cache may not have seen it.
    loadPredictiveCampaign(route, user, { fresh: refresh || saved || created !== null }),
  ]);
  if (result.state === "notFound") notFound();
  if (refresh && result.state === "ok") redirect(predictiveCampaignHref(route));
  const listHref = predictiveListHref(Number(route.sdkAppId), 1);
  if (result.state === "failed") {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        <CccErrorNotice failure={result.failure} retryHref={predictiveCampaignHref(route)} />
      </div>
    );
  }
  const { sdkAppId, campaignId } = result;
  const plannedTimeZone = await loadPlannedTimeZone({ kind: "predictive", sdkAppId, campaignId });
  // The view reads (and then polls) this query; the server's read (or the record's) is its first answer.
  const seeded = predictiveQueries.campaign(sdkAppId, campaignId);
  seedQuery(seeded, ZPredictiveCampaignBody, result, result.recordedAt?.getTime());
  return (
    <div className="space-y-6">
      <Link href={listHref} className="text-sm font-medium text-accent hover:underline">
        {t("back")}
      </Link>
      <CampaignTabs basePath={predictiveCampaignHref({ sdkAppId, campaignId })} current="overview" live />
      <HydrateClient>
        <PredictiveCampaignView
          sdkAppId={sdkAppId}
          campaignId={campaignId}
          canWrite={can(user.role, "campaign:write")}
          timeZone={user.timeZone}
          plannedTimeZone={plannedTimeZone}
        >
          {saved ? (
            <p
              role="status"
              className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800"
              data-testid="saved-notice"
            >
              {t("saved")}
            </p>
          ) : null}
          {created ? (
            <div
              role="status"
              className="space-y-1 rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800"
              data-testid="created-notice"
            >
              <p>{tCreate("created", { campaignId: String(campaignId) })}</p>
              {created === "replayed" ? <p>{tCreate("replayed")}</p> : null}
            </div>
          ) : null}
          {result.recordedAt ? (
            <RecordedStateNotice
              recordedAt={result.recordedAt}
              timeZone={user.timeZone}
              pageHref={predictiveCampaignHref({ sdkAppId, campaignId })}
            />
          ) : null}
        </PredictiveCampaignView>
      </HydrateClient>
    </div>
  );
}
