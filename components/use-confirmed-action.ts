"use client";

import { useRef, useState, useTransition } from "react";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure, type SafeActionOutcome } from "@/lib/actions/action-result";
import { openConfirmDialog } from "./confirm-dialog";

/**
 * The state behind a button that opens a ConfirmDialog and runs a server action on confirm (abort, pause, resume):
 * the dialog stays open on failure with the refusal (code, RequestId) so the supervisor can read it or try again;
 * on success it closes and `onSuccess` runs. `succeeded` tells the dialog's onClosed where focus should go.
 */
export function useConfirmedAction(run: () => Promise<SafeActionOutcome<unknown> | undefined>, onSuccess: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const succeeded = useRef(false);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionError>();

  const open = () => {
    setFailure(undefined);
    succeeded.current = false;
    openConfirmDialog(dialogRef.current);
  };
  const confirm = () =>
    startTransition(async () => {
      setFailure(undefined);
      let result: SafeActionOutcome<unknown> | undefined;
      try {
        result = await run();
      } catch {
        // No answer from the console at all (offline, server restarting): say so and keep the dialog.
        return setFailure({ formError: { code: "unreachable", message: "" } });
      }
      const failed = actionFailure(result);
      if (failed) return setFailure(failed);
      succeeded.current = true;
      dialogRef.current?.close();
      onSuccess();
    });

  return { dialogRef, triggerRef, succeeded, pending, failure, open, confirm };
}
