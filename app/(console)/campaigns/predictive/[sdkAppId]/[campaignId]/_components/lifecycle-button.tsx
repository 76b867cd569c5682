"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { pausePredictiveCampaignAction } from "@/lib/actions/pause-predictive-campaign-action";
import { resumePredictiveCampaignAction } from "@/lib/actions/resume-predictive-campaign-action";
import { ActionFailure } from "./action-failure";

const ACTIONS = { pause: pausePredictiveCampaignAction, resume: resumePredictiveCampaignAction } as const;

const triggerButton =
  "inline-flex items-center rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-canvas disabled:opacity-60";
const cancelButton = triggerButton;
const confirmButton =
  "inline-flex items-center rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90 disabled:opacity-60";

/**
 * Pause or Resume with its confirm dialog (native modal <dialog>: focus trap, Esc, inert background). Cancel takes
 * the first focus; the dialog stays open on failure with CCC's code and RequestId; success refreshes the page.
 */
export function LifecycleButton({
  kind,
  sdkAppId,
  campaignId,
  name,
  onDone,
}: {
  kind: "pause" | "resume";
  sdkAppId: number;
  campaignId: number;
  name: string;
  onDone: (message: string) => void;
}) {
  const t = useTranslations(`PredictiveDetail.${kind}`);
  const router = useRouter();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionError>();
  const titleId = useId();
  const bodyId = useId();

  const open = () => {
    setFailure(undefined);
    dialogRef.current?.showModal();
    dialogRef.current?.querySelector<HTMLButtonElement>("[data-initial-focus]")?.focus();
  };
  const confirm = () =>
    startTransition(async () => {
      let result: Awaited<ReturnType<(typeof ACTIONS)[typeof kind]>>;
      try {
        result = await ACTIONS[kind]({ sdkAppId, campaignId });
      } catch {
        return setFailure({ formError: { code: "unreachable", message: "" } });
      }
      const failed = actionFailure(result);
      if (failed) return setFailure(failed);
      dialogRef.current?.close();
      onDone(t("done", { name }));
      void queryClient.invalidateQueries({ queryKey: ["predictive-campaigns"] });
      router.refresh();
    });

  return (
    <>
      <button ref={triggerRef} type="button" className={triggerButton} aria-haspopup="dialog" onClick={open}>
        {t("button")}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid={`${kind}-dialog`}
        className="m-auto w-full max-w-md rounded-card border border-line bg-surface p-0 text-ink shadow-lg backdrop:bg-zinc-950/40"
        onCancel={(event) => {
          if (pending) event.preventDefault();
        }}
        onClose={() => triggerRef.current?.focus()}
      >
        <div className="space-y-4 px-5 py-5 whitespace-normal">
          <h2 id={titleId} className="text-base font-semibold text-ink">
            {t("title", { name })}
          </h2>
          <p id={bodyId} className="text-sm text-ink-muted">
            {t("body")}
          </p>
          <ActionFailure failure={failure} testId={`${kind}-error`} />
          <div className="flex flex-wrap justify-end gap-2">
            <form method="dialog">
              <button type="submit" className={cancelButton} disabled={pending} data-initial-focus>
                {t("cancel")}
              </button>
            </form>
            <button type="button" className={confirmButton} disabled={pending} onClick={confirm}>
              {pending ? t("pending") : t("confirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
