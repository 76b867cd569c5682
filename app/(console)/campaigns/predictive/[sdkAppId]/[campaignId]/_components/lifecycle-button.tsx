"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useConfirmedAction } from "@/components/use-confirmed-action";
import { pausePredictiveCampaignAction } from "@/lib/actions/pause-predictive-campaign-action";
import { resumePredictiveCampaignAction } from "@/lib/actions/resume-predictive-campaign-action";
import { predictiveQueries } from "@/lib/queries/predictive";

const ACTIONS = { pause: pausePredictiveCampaignAction, resume: resumePredictiveCampaignAction } as const;

/** Pause or Resume behind its confirm dialog; the dialog stays open on failure, success refreshes the page. */
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
  const { dialogRef, triggerRef, pending, failure, open, confirm } = useConfirmedAction(
    () => ACTIONS[kind]({ sdkAppId, campaignId }),
    () => {
      onDone(t("done", { name }));
      void queryClient.invalidateQueries({ queryKey: predictiveQueries.all() });
      router.refresh();
    },
  );

  return (
    <>
      <Button ref={triggerRef} aria-haspopup="dialog" onClick={open}>
        {t("button")}
      </Button>
      <ConfirmDialog
        ref={dialogRef}
        testId={`${kind}-dialog`}
        tone="accent"
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
