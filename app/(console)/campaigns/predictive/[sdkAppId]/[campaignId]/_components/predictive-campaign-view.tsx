"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Freshness } from "@/components/freshness";
import { PageHeading } from "@/components/page-heading";
import { buttonVariants } from "@/components/ui/button";
import { predictiveEditHref, predictiveNewHref } from "@/lib/campaigns/predictive/hrefs";
import { editBlockReason } from "@/lib/campaigns/predictive/snapshot";
import { POLL_MS } from "@/lib/queries/polling";
import { predictiveQueries } from "@/lib/queries/predictive";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CampaignFields } from "./campaign-fields";
import { LifecycleControls } from "./lifecycle-controls";

/**
 * The campaign page below the back link: heading, lifecycle controls and every field, from the query the server
 * render seeded. It polls while the campaign can change (faster while running) and stops once it has ended; a
 * failed poll keeps the values on screen and says so. `children`: notices shown under the heading.
 */
export function PredictiveCampaignView({
  sdkAppId,
  campaignId,
  canWrite,
  timeZone,
  plannedTimeZone,
  children,
}: {
  sdkAppId: number;
  campaignId: number;
  canWrite: boolean;
  timeZone: string;
  /** The zone the campaign was planned in, when the console recorded one. */
  plannedTimeZone: string | null;
  children?: ReactNode;
}) {
  const t = useTranslations("PredictiveDetail");
  const tCreate = useTranslations("PredictiveCreate");
  const query = useQuery(predictiveQueries.campaign(sdkAppId, campaignId));
  // Seeded by the page, so present from the first render; nothing to show without it.
  if (!query.data) return null;
  const { snapshot, skillGroups, progress } = query.data;
  // Re-judged on every poll: once the start time passes, the Edit link goes away without a reload.
  const editable = editBlockReason(snapshot, unixNowSeconds()) === null;
  return (
    <>
      <PageHeading
        title={snapshot.name}
        description={t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
        actions={
          canWrite ? (
            <div className="flex flex-wrap gap-2">
              {/* Any campaign can be the start of a new one: the create form opens with its settings and lists. */}
              <Link href={predictiveNewHref(sdkAppId, campaignId)} className={buttonVariants()}>
                {tCreate("clone")}
              </Link>
              {editable ? (
                <Link
                  href={predictiveEditHref({ sdkAppId, campaignId })}
                  className={buttonVariants({ variant: "primary" })}
                >
                  {t("edit")}
                </Link>
              ) : null}
            </div>
          ) : null
        }
      />
      {children}
      <Freshness
        updatedAt={query.dataUpdatedAt}
        intervalMs={POLL_MS.predictiveCampaign[snapshot.status]}
        failure={query.isError ? query.error : null}
        stoppedText={t("stopped")}
      />
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
          skillGroups={skillGroups}
          timeZone={timeZone}
          plannedTimeZone={plannedTimeZone}
          progress={progress}
        />
      </section>
    </>
  );
}
