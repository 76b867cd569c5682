"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { abortAgentCruiseCampaignAction } from "@/lib/actions/abort-agent-cruise-campaign-action";
import { abortPredictiveCampaignAction } from "@/lib/actions/abort-predictive-campaign-action";
import { cruiseQueries } from "@/lib/queries/cruise";
import { predictiveQueries } from "@/lib/queries/predictive";
import { AbortCampaignDialog } from "./abort-campaign-dialog";
import { Button } from "./ui/button";
import { useConfirmedAction } from "./use-confirmed-action";

/**
 * What differs between the kinds: the server action, and what must be re-read after an abort (the factories' roots,
 * lib/queries). A predictive campaign shows in the list and campaign queries, and its page also renders notices on
 * the server; a cruise campaign's live panel is its campaign query.
 */
const KINDS = {
  predictive: { abort: abortPredictiveCampaignAction, queryKey: predictiveQueries.all(), refreshPage: true },
  cruise: { abort: abortAgentCruiseCampaignAction, queryKey: cruiseQueries.campaigns(), refreshPage: false },
} as const;

/**
 * A campaign's Abort control, for either kind: the button, its confirm dialog (which keeps CCC's refusal, code and
 * RequestId, on failure) and a live region announcing the result. The live region outlives the button, which goes
 * away once the campaign is aborted; focus then moves to the enclosing focusable section instead of <body>.
 */
export function AbortCampaignButton({
  kind,
  sdkAppId,
  campaignId,
  name,
  abortable,
  size = "md",
}: {
  kind: keyof typeof KINDS;
  sdkAppId: number;
  campaignId: number;
  name: string;
  abortable: boolean;
  /** "sm" in table rows. */
  size?: "sm" | "md";
}) {
  const predictive = useTranslations("PredictiveCampaigns.abort");
  const cruise = useTranslations("CruiseCampaign.abort");
  const t = kind === "cruise" ? cruise : predictive;
  const router = useRouter();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const { dialogRef, triggerRef, succeeded, pending, failure, open, confirm } = useConfirmedAction(
    () => KINDS[kind].abort({ sdkAppId, campaignId }),
    () => {
      setAnnouncement(t("done", { name }));
      void queryClient.invalidateQueries({ queryKey: [...KINDS[kind].queryKey] });
      if (KINDS[kind].refreshPage) router.refresh();
    },
  );

  return (
    <>
      {abortable ? (
        <Button
          ref={triggerRef}
          variant="danger-outline"
          size={size}
          aria-haspopup="dialog"
          // In a list several campaigns have an Abort button: name the campaign (the single cruise page needs not).
          aria-label={kind === "predictive" ? predictive("buttonLabel", { name }) : undefined}
          onClick={() => {
            setAnnouncement("");
            open();
          }}
        >
          {t("button")}
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only" data-testid="abort-announcement">
        {announcement}
      </p>
      {abortable ? (
        <AbortCampaignDialog
          kind={kind}
          ref={dialogRef}
          name={name}
          campaignId={campaignId}
          sdkAppId={sdkAppId}
          pending={pending}
          failure={failure}
          onConfirm={confirm}
          onClosed={() => {
            const trigger = triggerRef.current;
            if (succeeded.current) trigger?.closest<HTMLElement>("section[tabindex]")?.focus();
            else trigger?.focus();
          }}
        />
      ) : null}
    </>
  );
}
