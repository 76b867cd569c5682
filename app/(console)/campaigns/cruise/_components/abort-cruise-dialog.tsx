"use client";

import { useTranslations } from "next-intl";
import { type Ref, useId } from "react";
import type { ActionError } from "@/lib/actions/action-error";

const cancelButton =
  "inline-flex items-center rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-canvas disabled:opacity-60";
const destructiveButton =
  "inline-flex items-center rounded-md bg-danger px-3 py-1.5 text-sm font-medium text-white hover:bg-danger/90 disabled:opacity-60";

/**
 * The confirm step before an irreversible abort, after the predictive list's dialog: a native modal <dialog> (focus
 * trap, Esc, inert background from the browser) whose Cancel gets the first focus, so a stray Enter never aborts.
 */
export function AbortCruiseDialog({
  ref,
  name,
  campaignId,
  sdkAppId,
  pending,
  failure,
  onConfirm,
  onClosed,
}: {
  ref: Ref<HTMLDialogElement>;
  name: string;
  campaignId: number;
  sdkAppId: number;
  pending: boolean;
  failure?: ActionError;
  onConfirm: () => void;
  onClosed: () => void;
}) {
  const t = useTranslations("CruiseCampaign.abort");
  const tErrors = useTranslations("Errors");
  const titleId = useId();
  const bodyId = useId();
  const error = failure?.formError ?? (failure?.fieldErrors ? { code: "invalid_input", message: "" } : undefined);
  const known = error?.code as Parameters<typeof tErrors>[0];

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="abort-dialog"
      className="m-auto w-full max-w-md rounded-card border border-line bg-surface p-0 text-ink shadow-lg backdrop:bg-zinc-950/40"
      onCancel={(event) => {
        // Esc must not hide a request in flight: its outcome is shown in the dialog.
        if (pending) event.preventDefault();
      }}
      onClose={onClosed}
    >
      <div className="space-y-4 px-5 py-5 whitespace-normal">
        <h2 id={titleId} className="text-base font-semibold text-ink">
          {t("title", { name })}
        </h2>
        <div id={bodyId} className="space-y-2 text-sm text-ink-muted">
          <p>{t("body")}</p>
          <p className="font-mono text-xs tabular-nums">
            {t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
          </p>
        </div>
        <div role="alert" className="text-sm empty:hidden">
          {error ? (
            <div
              className="space-y-1 rounded-md bg-danger-soft px-3 py-2"
              data-testid="abort-error"
              data-code={error.code}
            >
              <p className="font-medium text-danger">
                {tErrors.has(known) ? tErrors(known) : tErrors("ccc", { code: error.code })}
              </p>
              {failure?.requestId ? (
                <p className="font-mono text-xs break-all text-ink-muted" data-testid="abort-request-id">
                  {tErrors("requestId", { requestId: failure.requestId })}
                </p>
              ) : null}
              {error.ref ? <p className="text-xs text-ink-muted">{tErrors("reference", { ref: error.ref })}</p> : null}
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <form method="dialog">
            <button type="submit" className={cancelButton} disabled={pending} data-initial-focus>
              {t("cancel")}
            </button>
          </form>
          <button type="button" className={destructiveButton} disabled={pending} onClick={onConfirm}>
            {pending ? t("pending") : t("confirm")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
