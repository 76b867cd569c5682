"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useConfirmedAction } from "@/components/use-confirmed-action";
import { removeDoNotCallAction } from "@/lib/actions/remove-do-not-call-action";

/** Where the page announces a removal: the row (and this button) is gone once the list reloads. */
export const DNC_ANNOUNCEMENT_ID = "dnc-announcement";

/** Remove, behind a confirm dialog (Cancel has the focus); the failure stays in the dialog. */
export function RemoveNumberButton({ sdkAppId, phone }: { sdkAppId: number; phone: string }) {
  const t = useTranslations("DoNotCall.remove");
  const router = useRouter();
  const { dialogRef, triggerRef, succeeded, pending, failure, open, confirm } = useConfirmedAction(
    () => removeDoNotCallAction({ sdkAppId, phones: [phone] }),
    () => {
      const status = document.getElementById(DNC_ANNOUNCEMENT_ID);
      if (status) status.textContent = t("done", { phone });
      router.refresh();
    },
  );
  return (
    <>
      <Button
        ref={triggerRef}
        variant="danger-outline"
        size="sm"
        aria-haspopup="dialog"
        aria-label={t("buttonLabel", { phone })}
        onClick={open}
      >
        {t("button")}
      </Button>
      <ConfirmDialog
        ref={dialogRef}
        testId="dnc-remove-dialog"
        tone="danger"
        title={t("title", { phone })}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        pendingLabel={t("pending")}
        pending={pending}
        failure={failure}
        onConfirm={confirm}
        onClosed={() => {
          // The row goes away after a removal: put the focus on the page's announcement rather than on <body>.
          if (succeeded.current) document.getElementById(DNC_ANNOUNCEMENT_ID)?.focus();
          else triggerRef.current?.focus();
        }}
      >
        <p>{t("body", { phone })}</p>
      </ConfirmDialog>
    </>
  );
}
