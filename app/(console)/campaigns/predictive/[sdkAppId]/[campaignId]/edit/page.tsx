import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { requireSessionUser } from "@/lib/auth/session";
import { loadPlannedTimeZone } from "@/lib/campaigns/planned-zone.server";
import { predictiveCampaignHref, predictiveEditHref } from "@/lib/campaigns/predictive/hrefs";
import { loadPredictiveEdit } from "@/lib/campaigns/predictive/load-edit.server";
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
  const [t, loaded] = await Promise.all([getTranslations("PredictiveEdit"), loadPredictiveEdit(route, user)]);
  if (loaded.state === "notFound") notFound();
  if (loaded.state === "failed") {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        <CccErrorNotice failure={loaded.failure} retryHref={predictiveEditHref(route)} />
      </div>
    );
  }
  const { snapshot, sdkAppId, campaignId, skillGroups, progress } = loaded.campaign;
  const plannedTimeZone = await loadPlannedTimeZone({ kind: "predictive", sdkAppId, campaignId });
  const heading = (
    <>
      <Link
        href={predictiveCampaignHref({ sdkAppId, campaignId })}
        className="text-sm font-medium text-accent hover:underline"
      >
        {t("back", { name: snapshot.name })}
      </Link>
      <PageHeading
        title={t("heading", { name: snapshot.name })}
        description={t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
      />
    </>
  );

  if (loaded.state === "readOnly") {
    return (
      <div className="space-y-6">
        {heading}
        <Notice title={t("readOnly.title")}>
          <p data-testid="read-only-reason" data-reason={loaded.reason}>
            {t(`readOnly.${loaded.reason}`)}
          </p>
        </Notice>
        <section className="rounded-card border border-line bg-surface px-5 py-5 shadow-xs">
          <CampaignFields
            campaignId={campaignId}
            snapshot={snapshot}
            skillGroups={skillGroups}
            timeZone={user.timeZone}
            plannedTimeZone={plannedTimeZone}
            progress={progress}
          />
        </section>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {heading}
      <EditCampaignForm
        sdkAppId={sdkAppId}
        campaignId={campaignId}
        snapshot={snapshot}
        lists={loaded.lists}
        skillGroups={skillGroups}
        userTimeZone={user.timeZone}
        plannedTimeZone={plannedTimeZone}
      />
    </div>
  );
}
