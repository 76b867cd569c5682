"use client";

import { type ReactNode, type Ref, useId } from "react";
import type { ActionError } from "@/lib/actions/action-error";
import { FailureNotice } from "./failure-notice";
import { Button } from "./ui/button";

/** The confirm button's look per tone: danger for what cannot be undone, primary otherwise. */
const confirmVariants = { danger: "danger", accent: "primary" } as const;

/**
 * The confirm step before a campaign change (abort, pause, resume): a native modal <dialog>, so the focus trap, Esc
 * and the inert background come from the browser. Open it with `openConfirmDialog`: Cancel takes the first focus,
 * so a stray Enter never confirms. Esc is ignored while the request is in flight, and a failure stays in the dialog
 * with CCC's code and RequestId.
 */
export function ConfirmDialog({
  ref,
  testId,
  tone,
  title,
  children,
  cancelLabel,
  confirmLabel,
  pendingLabel,
  pending,
  failure,
  onConfirm,
  onClosed,
}: {
  ref: Ref<HTMLDialogElement>;
  /** The dialog's test id; its failure notice gets `${testId}-error` ("abort-dialog" → "abort-error"). */
  testId: string;
  tone: keyof typeof confirmVariants;
  title: ReactNode;
  /** What will happen, read out as the dialog's description. */
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  failure?: ActionError;
  onConfirm: () => void;
  onClosed: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      className="m-auto w-full max-w-md rounded-card border border-line bg-surface p-0 text-ink shadow-lg backdrop:bg-zinc-950/40"
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      onClose={onClosed}
    >
      <div className="space-y-4 px-5 py-5 whitespace-normal">
        <h2 id={titleId} className="text-base font-semibold text-ink">
          {title}
        </h2>
        <div id={bodyId} className="space-y-2 text-sm text-ink-muted">
          {children}
        </div>
        <FailureNotice failure={failure} testId={`${testId.replace(/-dialog$/, "")}-error`} />
        <div className="flex flex-wrap justify-end gap-2">
          <form method="dialog">
            <Button type="submit" disabled={pending} data-initial-focus>
              {cancelLabel}
            </Button>
          </form>
          <Button variant={confirmVariants[tone]} disabled={pending} onClick={onConfirm}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

/** Shows the dialog modally with the focus on Cancel. */
export function openConfirmDialog(dialog: HTMLDialogElement | null): void {
  dialog?.showModal();
  dialog?.querySelector<HTMLButtonElement>("[data-initial-focus]")?.focus();
}
