import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { PageHeading } from "@/components/page-heading";
import { RecordedStateNotice } from "@/components/recorded-state-notice";
import { buttonVariants } from "@/components/ui/button";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { predictiveCampaignHref, predictiveEditHref } from "@/lib/campaigns/predictive/hrefs";
import { loadPredictiveCampaign } from "@/lib/campaigns/predictive/load-campaign";
import { editBlockReason, unixNowSeconds } from "@/lib/campaigns/predictive/snapshot";
import { predictiveListHref } from "@/lib/campaigns/predictive-list-params";
import { CampaignFields } from "./_components/campaign-fields";
import { LifecycleControls } from "./_components/lifecycle-controls";

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
  // Set by the edit form after a successful save; the values below are read back from CCC, not from the form.
  const saved = query.saved === "1";
  // "Refresh from CCC": read CCC now (the answer replaces the record), then show the page at its plain address.
  const refresh = query.refresh === "1";
  const [t, result] = await Promise.all([
    getTranslations("PredictiveDetail"),
    // Fresh after a save too: another console instance's read cache may not have seen it.
    loadPredictiveCampaign(route, user, { fresh: refresh || saved }),
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
  const { snapshot, sdkAppId, campaignId } = result;
  const canWrite = can(user.role, "campaign:write");
  const editable = editBlockReason(snapshot, unixNowSeconds()) === null;
  return (
    <div className="space-y-6">
      <Link href={listHref} className="text-sm font-medium text-accent hover:underline">
        {t("back")}
      </Link>
      <PageHeading
        title={snapshot.name}
        description={t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
        actions={
          canWrite && editable ? (
            <Link
              href={predictiveEditHref({ sdkAppId, campaignId })}
              className={buttonVariants({ variant: "primary" })}
            >
              {t("edit")}
            </Link>
          ) : null
        }
      />
      {saved ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800"
          data-testid="saved-notice"
        >
          {t("saved")}
        </p>
      ) : null}
      {result.recordedAt ? (
        <RecordedStateNotice
          recordedAt={result.recordedAt}
          timeZone={user.timeZone}
          pageHref={predictiveCampaignHref({ sdkAppId, campaignId })}
        />
      ) : null}
      {canWrite ? (
        <LifecycleControls sdkAppId={sdkAppId} campaignId={campaignId} name={snapshot.name} status={snapshot.status} />
      ) : null}
      <section
        aria-labelledby="campaign-details"
        className="rounded-card border border-line bg-surface px-5 py-5 shadow-xs"
        tabIndex={-1}
      >
        <h2 id="campaign-details" className="mb-4 text-sm font-semibold text-ink">
          {t("details")}
        </h2>
        <CampaignFields
          campaignId={campaignId}
          snapshot={snapshot}
          skillGroups={result.skillGroups}
          timeZone={user.timeZone}
          progress={result.progress}
        />
      </section>
    </div>
  );
}
