"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { AbortCampaignDialog } from "@/components/abort-campaign-dialog";
import { useConfirmedAction } from "@/components/use-confirmed-action";
import { abortAgentCruiseCampaignAction } from "@/lib/actions/abort-agent-cruise-campaign-action";

const abortButton =
  "inline-flex items-center rounded-md border border-danger/40 bg-surface px-3 py-1.5 text-sm font-medium text-danger hover:bg-danger-soft disabled:opacity-60";

/** Abort for a live campaign: the button, its confirm dialog, and a live region announcing the result. */
export function AbortCruiseButton({
  sdkAppId,
  campaignId,
  name,
  abortable,
  onAborted,
}: {
  sdkAppId: number;
  campaignId: number;
  name: string;
  abortable: boolean;
  onAborted: () => void;
}) {
  const t = useTranslations("CruiseCampaign.abort");
  const [announcement, setAnnouncement] = useState("");
  const { dialogRef, triggerRef, succeeded, pending, failure, open, confirm } = useConfirmedAction(
    () => abortAgentCruiseCampaignAction({ sdkAppId, campaignId }),
    () => {
      setAnnouncement(t("done", { name }));
      onAborted();
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
      <AbortCampaignDialog
        kind="cruise"
        ref={dialogRef}
        name={name}
        campaignId={campaignId}
        sdkAppId={sdkAppId}
        pending={pending}
        failure={failure}
        onConfirm={confirm}
        onClosed={() => {
          // After an abort the button goes away: move focus to the state section instead of losing it to <body>.
          if (succeeded.current)
            document.getElementById("campaign-state-heading")?.closest<HTMLElement>("section")?.focus();
          else triggerRef.current?.focus();
        }}
      />
    </>
  );
}
