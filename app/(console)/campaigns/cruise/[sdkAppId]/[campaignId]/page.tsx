import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { PageHeading } from "@/components/page-heading";
import { RecordedStateNotice } from "@/components/recorded-state-notice";
import { CampaignTabs } from "@/components/results/campaign-tabs";
import { can, canAccessApp } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import { loadCruiseCampaign } from "@/lib/campaigns/cruise/load.server";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";
import { loadPlannedTimeZone } from "@/lib/campaigns/planned-zone.server";
import { cruiseQueries } from "@/lib/queries/cruise";
import { ZCruiseCampaignBody } from "@/lib/queries/schemas";
import { HydrateClient, seedQuery } from "@/lib/queries/server";
import { CampaignDetails } from "../../_components/campaign-details";
import { CampaignLive } from "../../_components/campaign-live";
import { TrackCampaign } from "../../_components/track-campaign";

export const dynamic = "force-dynamic";

type Params = Promise<{ sdkAppId: string; campaignId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CruiseList");
  return { title: t("title") };
}

export default async function CruiseCampaignPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const segments = parseCampaignSegments(await params);
  // Another app's campaign is "not found", like a campaign that does not exist: nothing about it is revealed.
  if (!segments?.campaignId || !canAccessApp(user, segments.sdkAppId)) notFound();
  const { sdkAppId, campaignId } = segments;
  const href = cruiseCampaignHref(sdkAppId, campaignId);
  // "Refresh from CCC": read CCC now (the answer replaces the record), then show the page at its plain address.
  const refresh = (await searchParams).refresh === "1";
  const [t, data, plannedTimeZone] = await Promise.all([
    getTranslations("CruiseCampaign"),
    loadCruiseCampaign(sdkAppId, campaignId, { fresh: refresh }),
    loadPlannedTimeZone({ kind: "cruise", sdkAppId, campaignId }),
  ]);
  const { describe, record } = data;
  if (refresh && describe.ok) redirect(href);
  // The live panel reads (and then polls) this query; the server's read (or the record's) is its first answer.
  if (describe.ok) {
    const seeded = cruiseQueries.campaign(sdkAppId, campaignId);
    seedQuery(seeded, ZCruiseCampaignBody, describe.view, describe.recordedAt?.getTime());
  }

  return (
    <div className="space-y-6">
      <Link href="/campaigns/cruise" className="text-sm text-accent hover:underline">
        ← {t("back")}
      </Link>
      {describe.ok ? (
        <>
          <PageHeading title={describe.view.name} />
          <CampaignTabs basePath={href} current="overview" />
          {describe.recordedAt ? (
            <RecordedStateNotice recordedAt={describe.recordedAt} timeZone={user.timeZone} pageHref={href} />
          ) : null}
          <HydrateClient>
            <CampaignLive sdkAppId={sdkAppId} campaignId={campaignId} canWrite={can(user.role, "campaign:write")} />
          </HydrateClient>
          {record === null && can(user.role, "campaign:write") ? (
            <TrackCampaign sdkAppId={sdkAppId} campaignId={campaignId} />
          ) : null}
          <CampaignDetails
            view={describe.view}
            record={record}
            timeZone={user.timeZone}
            plannedTimeZone={plannedTimeZone}
          />
        </>
      ) : (
        <>
          <PageHeading title={record?.name ?? String(campaignId)} />
          <CccErrorNotice failure={describe.failure} retryHref={href} />
        </>
      )}
    </div>
  );
}
