"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { AbortCampaignDialog } from "@/components/abort-campaign-dialog";
import { openConfirmDialog } from "@/components/confirm-dialog";
import { abortAgentCruiseCampaignAction } from "@/lib/actions/abort-agent-cruise-campaign-action";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";

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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const succeeded = useRef(false);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionError>();
  const [announcement, setAnnouncement] = useState("");

  const open = () => {
    setFailure(undefined);
    setAnnouncement("");
    openConfirmDialog(dialogRef.current);
  };
  const onConfirm = () =>
    startTransition(async () => {
      setFailure(undefined);
      let result: Awaited<ReturnType<typeof abortAgentCruiseCampaignAction>>;
      try {
        result = await abortAgentCruiseCampaignAction({ sdkAppId, campaignId });
      } catch {
        return setFailure({ formError: { code: "unreachable", message: "" } });
      }
      const failed = actionFailure(result);
      if (failed) return setFailure(failed);
      succeeded.current = true;
      dialogRef.current?.close();
      setAnnouncement(t("done", { name }));
      onAborted();
    });

  return (
    <>
      {abortable ? (
        <button ref={triggerRef} type="button" className={abortButton} aria-haspopup="dialog" onClick={open}>
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
        onConfirm={onConfirm}
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
