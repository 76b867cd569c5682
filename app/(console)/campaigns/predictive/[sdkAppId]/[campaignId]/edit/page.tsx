import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { predictiveCampaignHref, predictiveEditHref } from "@/lib/campaigns/predictive/hrefs";
import { loadLastSentLists, loadPredictiveCampaign } from "@/lib/campaigns/predictive/load-campaign.server";
import { editBlockReason } from "@/lib/campaigns/predictive/snapshot";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CampaignFields } from "../_components/campaign-fields";
import { EditCampaignForm } from "./_components/edit-campaign-form";

// Editability depends on CCC's live status and the clock: never cached.
export const dynamic = "force-dynamic";

type Params = Promise<{ sdkAppId: string; campaignId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PredictiveEdit");
  return { title: t("title") };
}

export default async function EditPredictiveCampaignPage({ params }: { params: Params }) {
  const user = await requireSessionUser();
  const route = await params;
  const [t, result] = await Promise.all([
    getTranslations("PredictiveEdit"),
    // The form's snapshot is what the save compares CCC against: read it from CCC now, not from the read cache.
    loadPredictiveCampaign(route, user, { fresh: true }),
  ]);
  if (result.state === "notFound") notFound();
  if (result.state === "failed") {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        <CccErrorNotice failure={result.failure} retryHref={predictiveEditHref(route)} />
      </div>
    );
  }
  const { snapshot, sdkAppId, campaignId, skillGroups } = result;
  const detailHref = predictiveCampaignHref({ sdkAppId, campaignId });
  const reason = can(user.role, "campaign:write") ? editBlockReason(snapshot, unixNowSeconds()) : "noPermission";
  const heading = (
    <>
      <Link href={detailHref} className="text-sm font-medium text-accent hover:underline">
        {t("back", { name: snapshot.name })}
      </Link>
      <PageHeading
        title={t("heading", { name: snapshot.name })}
        description={t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
      />
    </>
  );

  if (reason) {
    return (
      <div className="space-y-6">
        {heading}
        <Notice title={t("readOnly.title")}>
          <p data-testid="read-only-reason" data-reason={reason}>
            {t(`readOnly.${reason}`)}
          </p>
        </Notice>
        <section className="rounded-card border border-line bg-surface px-5 py-5 shadow-xs">
          <CampaignFields
            campaignId={campaignId}
            snapshot={snapshot}
            skillGroups={skillGroups}
            timeZone={user.timeZone}
            progress={result.progress}
          />
        </section>
      </div>
    );
  }

  const lists = await loadLastSentLists(sdkAppId, campaignId);
  return (
    <div className="space-y-6">
      {heading}
      <EditCampaignForm
        sdkAppId={sdkAppId}
        campaignId={campaignId}
        snapshot={snapshot}
        lists={
          lists
            ? { callees: lists.callees, callers: lists.callers, submittedAt: lists.submittedAt.toISOString() }
            : null
        }
        skillGroups={skillGroups}
        userTimeZone={user.timeZone}
      />
    </div>
  );
}
