"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { ActionError } from "@/lib/actions/action-error";
import { ConfirmDialog } from "./confirm-dialog";

/** The confirm step before a campaign's irreversible abort (predictive or agent cruise), naming it and its ids. */
export function AbortCampaignDialog({
  kind,
  ref,
  name,
  campaignId,
  sdkAppId,
  pending,
  failure,
  onConfirm,
  onClosed,
}: {
  kind: "predictive" | "cruise";
  ref: Ref<HTMLDialogElement>;
  name: string;
  campaignId: number;
  sdkAppId: number;
  pending: boolean;
  failure?: ActionError;
  onConfirm: () => void;
  onClosed: () => void;
}) {
  const predictive = useTranslations("PredictiveCampaigns.abort");
  const cruise = useTranslations("CruiseCampaign.abort");
  const t = kind === "cruise" ? cruise : predictive;
  return (
    <ConfirmDialog
      ref={ref}
      testId="abort-dialog"
      tone="danger"
      title={t("title", { name })}
      cancelLabel={t("cancel")}
      confirmLabel={t("confirm")}
      pendingLabel={t("pending")}
      pending={pending}
      failure={failure}
      onConfirm={onConfirm}
      onClosed={onClosed}
    >
      <p>{t("body")}</p>
      <p className="font-mono text-xs tabular-nums">
        {t("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
      </p>
    </ConfirmDialog>
  );
}
