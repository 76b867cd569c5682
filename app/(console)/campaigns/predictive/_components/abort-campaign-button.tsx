"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AbortCampaignDialog } from "@/components/abort-campaign-dialog";
import { useConfirmedAction } from "@/components/use-confirmed-action";
import { abortPredictiveCampaignAction } from "@/lib/actions/abort-predictive-campaign-action";

const abortButton =
  "inline-flex items-center rounded-md border border-danger/40 bg-surface px-2.5 py-1 text-xs font-medium text-danger hover:bg-danger-soft disabled:opacity-60";

/**
 * A campaign's Abort control: the button, its confirm dialog and a live region announcing the result. Rendered for
 * every row of a user with campaign:write, so the live region outlives the button once the campaign is aborted.
 */
export function AbortCampaignButton({
  sdkAppId,
  campaignId,
  name,
  abortable,
}: {
  sdkAppId: number;
  campaignId: number;
  name: string;
  abortable: boolean;
}) {
  const t = useTranslations("PredictiveCampaigns.abort");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const { dialogRef, triggerRef, succeeded, pending, failure, open, confirm } = useConfirmedAction(
    () => abortPredictiveCampaignAction({ sdkAppId, campaignId }),
    () => {
      setAnnouncement(t("done", { name }));
      // The list is held by react-query on the client and the detail page is server-rendered: refresh both.
      void queryClient.invalidateQueries({ queryKey: ["predictive-campaigns"] });
      router.refresh();
    },
  );

  return (
    <>
      {abortable ? (
        <button
          ref={triggerRef}
          type="button"
          className={abortButton}
          aria-haspopup="dialog"
          aria-label={t("buttonLabel", { name })}
          onClick={() => {
            setAnnouncement("");
            open();
          }}
        >
          {t("button")}
        </button>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only" data-testid="abort-announcement">
        {announcement}
      </p>
      {abortable ? (
        <AbortCampaignDialog
          kind="predictive"
          ref={dialogRef}
          name={name}
          campaignId={campaignId}
          sdkAppId={sdkAppId}
          pending={pending}
          failure={failure}
          onConfirm={confirm}
          onClosed={() => {
            // After an abort the button goes away with the refresh, so focus the table's region instead of losing it
            // to <body>; otherwise return it to the button (not every browser restores it).
            const trigger = triggerRef.current;
            if (succeeded.current) trigger?.closest<HTMLElement>("section[tabindex]")?.focus();
            else trigger?.focus();
          }}
        />
      ) : null}
    </>
  );
}
