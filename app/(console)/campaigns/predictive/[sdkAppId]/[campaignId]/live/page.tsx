import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { PageHeading } from "@/components/page-heading";
import { CampaignTabs } from "@/components/results/campaign-tabs";
import { requireSessionUser } from "@/lib/auth/session";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import { loadPredictiveMonitor } from "@/lib/monitor/load-monitor";
import { monitorQueries, ZMonitorBody } from "@/lib/queries/monitor";
import { HydrateClient, seedQuery } from "@/lib/queries/server";
import { LiveMonitor } from "./_components/live-monitor";

// Live CCC figures on every view.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Monitor");
  return { title: t("title") };
}

/** The live tab of a predictive campaign: read once here, then polled by the browser through the monitor route. */
export default async function PredictiveLivePage({
  params,
}: {
  params: Promise<{ sdkAppId: string; campaignId: string }>;
}) {
  const user = await requireSessionUser();
  const route = await params;
  const [t, tDetail, result] = await Promise.all([
    getTranslations("Monitor"),
    getTranslations("PredictiveDetail"),
    loadPredictiveMonitor(route, user),
  ]);
  if (result.state === "notFound") notFound();
  const basePath = predictiveCampaignHref(route);
  if (result.state === "failed") {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        <CccErrorNotice failure={result.failure} retryHref={`${basePath}/live`} />
      </div>
    );
  }
  const { sdkAppId, campaignId } = result;
  seedQuery(monitorQueries.campaign(sdkAppId, campaignId), ZMonitorBody, result);
  return (
    <div className="space-y-6">
      <Link href={predictiveListHref(sdkAppId, 1)} className="text-sm font-medium text-accent hover:underline">
        {tDetail("back")}
      </Link>
      <PageHeading
        title={result.name}
        description={tDetail("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
      />
      <CampaignTabs basePath={basePath} current="live" live />
      <HydrateClient>
        <LiveMonitor sdkAppId={sdkAppId} campaignId={campaignId} timeZone={user.timeZone} />
      </HydrateClient>
    </div>
  );
}
