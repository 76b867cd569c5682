"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { AbortCampaignButton } from "@/components/abort-campaign-button";
import { buttonVariants } from "@/components/ui/button";
import { CRUISE_POLL_MS, type CruiseCampaignView, isLive } from "@/lib/campaigns/cruise/campaign-view";
import { CruiseProgress } from "./cruise-progress";
import { CruiseStateBadge } from "./state-badge";

class PollError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function fetchCampaign(sdkAppId: number, campaignId: number): Promise<CruiseCampaignView> {
  const response = await fetch(`/api/apps/${sdkAppId}/cruise-campaigns/${campaignId}`, { cache: "no-store" });
  const body = (await response.json().catch(() => ({}))) as CruiseCampaignView & { formError?: { code?: string } };
  if (!response.ok) throw new PollError(body.formError?.code ?? String(response.status));
  return body;
}

/**
 * The live part of the campaign page: state, progress and actions. Polls CCC through the route handler while the
 * campaign can still change (not started or running) and stops once it has ended.
 */
export function CampaignLive({
  initial,
  initialUpdatedAt,
  timeZone,
  canWrite,
}: {
  initial: CruiseCampaignView;
  /** When `initial` was read, if not just now (a recorded finished campaign): epoch milliseconds. */
  initialUpdatedAt?: number;
  timeZone: string;
  canWrite: boolean;
}) {
  const t = useTranslations("CruiseCampaign");
  const format = useFormatter();
  const { sdkAppId, campaignId } = initial;
  const query = useQuery({
    queryKey: ["cruise-campaign", sdkAppId, campaignId],
    queryFn: () => fetchCampaign(sdkAppId, campaignId),
    initialData: initial,
    initialDataUpdatedAt: initialUpdatedAt,
    staleTime: 0,
    // The server has just read (or recalled) the campaign: asking CCC again on hydration would double every view.
    refetchOnMount: false,
    refetchInterval: (q) => {
      const state = q.state.data?.state ?? initial.state;
      return isLive(state) ? CRUISE_POLL_MS[state === "running" ? "running" : "notStarted"] : false;
    },
  });
  const view = query.data;
  const live = isLive(view.state);
  const updated = format.dateTime(new Date(query.dataUpdatedAt), { timeStyle: "medium", timeZone });

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
      <p
        className="flex flex-wrap gap-x-3 text-xs text-ink-muted"
        data-testid="poll-status"
        data-polling={live ? "on" : "off"}
      >
        <span>{live ? t("polling") : t("stopped")}</span>
        <span>{t("updatedAt", { time: updated })}</span>
      </p>
      {query.isRefetchError ? (
        <p role="status" className="text-xs font-medium text-danger">
          {t("pollFailed", { code: query.error instanceof PollError ? query.error.code : "network" })}
        </p>
      ) : null}
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
