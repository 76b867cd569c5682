"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AbortCampaignButton } from "@/components/abort-campaign-button";
import { Freshness } from "@/components/freshness";
import { buttonVariants } from "@/components/ui/button";
import { isLive } from "@/lib/campaigns/cruise/campaign-view";
import { cruiseQueries } from "@/lib/queries/cruise";
import { POLL_MS } from "@/lib/queries/polling";
import { CruiseProgress } from "./cruise-progress";
import { CruiseStateBadge } from "./state-badge";

/**
 * The live part of the campaign page: state, progress and actions, from the query the server render seeded. Polls
 * CCC through the route handler while the campaign can still change (not started or running) and stops once it
 * has ended; a failed poll keeps the last values on screen and says so.
 */
export function CampaignLive({
  sdkAppId,
  campaignId,
  canWrite,
}: {
  sdkAppId: number;
  campaignId: number;
  canWrite: boolean;
}) {
  const t = useTranslations("CruiseCampaign");
  const query = useQuery(cruiseQueries.campaign(sdkAppId, campaignId));
  const view = query.data;
  // Seeded by the page, so present from the first render; nothing to show without it.
  if (!view) return null;
  const live = isLive(view.state);

  return (
    <section
      aria-labelledby="campaign-state-heading"
      tabIndex={-1}
      className="outline-none space-y-4 rounded-card border border-line bg-surface px-5 py-5"
    >
      <h2 id="campaign-state-heading" className="sr-only">
        {t(`state.${view.state}`)}
      </h2>
      <div className="flex flex-wrap items-center gap-4" data-testid="campaign-live">
        <CruiseStateBadge state={view.state} />
        <div className="min-w-64 flex-1">
          <CruiseProgress name={view.name} called={view.called} total={view.total} wide />
        </div>
      </div>
      <Freshness
        updatedAt={query.dataUpdatedAt}
        intervalMs={POLL_MS.cruiseCampaign[view.state]}
        failure={query.isError ? query.error : null}
        stoppedText={t("stopped")}
      />
      {canWrite ? (
        <div className="flex flex-wrap items-start gap-3 border-t border-line pt-4">
          <div className="space-y-1">
            <Link
              href={`/campaigns/cruise/new?app=${sdkAppId}&from=${campaignId}`}
              className={buttonVariants()}
              aria-describedby="clone-hint"
            >
              {t("actions.clone")}
            </Link>
            <p id="clone-hint" className="max-w-sm text-xs text-ink-muted">
              {t("actions.cloneHint")}
            </p>
          </div>
          <AbortCampaignButton
            kind="cruise"
            sdkAppId={sdkAppId}
            campaignId={campaignId}
            name={view.name}
            abortable={live}
          />
        </div>
      ) : null}
    </section>
  );
}
