"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useConfirmedAction } from "@/components/use-confirmed-action";
import { deletePredictiveCampaignAction } from "@/lib/actions/delete-predictive-campaign-action";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import { predictiveQueries } from "@/lib/queries/predictive";

/**
 * Delete behind its confirm dialog (offered while the campaign is pending). The dialog stays open on a refusal with
 * CCC's code and RequestId; on success the list opens with a note saying which campaign went.
 */
export function DeleteCampaignButton({
  sdkAppId,
  campaignId,
  name,
}: {
  sdkAppId: number;
  campaignId: number;
  name: string;
}) {
  const t = useTranslations("PredictiveCreate.delete");
  const router = useRouter();
  const queryClient = useQueryClient();
  const { dialogRef, triggerRef, pending, failure, open, confirm } = useConfirmedAction(
    () => deletePredictiveCampaignAction({ sdkAppId, campaignId }),
    () => {
      void queryClient.invalidateQueries({ queryKey: predictiveQueries.all() });
      router.push(`${predictiveListHref(sdkAppId, 1)}&deleted=${campaignId}`);
    },
  );
  return (
    <>
      <Button ref={triggerRef} variant="danger-outline" aria-haspopup="dialog" onClick={open}>
        {t("button")}
      </Button>
      <ConfirmDialog
        ref={dialogRef}
        testId="delete-dialog"
        tone="danger"
        title={t("title", { name })}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        pendingLabel={t("pending")}
        pending={pending}
        failure={failure}
        onConfirm={confirm}
        onClosed={() => triggerRef.current?.focus()}
      >
        <p>{t("body")}</p>
      </ConfirmDialog>
    </>
  );
}
