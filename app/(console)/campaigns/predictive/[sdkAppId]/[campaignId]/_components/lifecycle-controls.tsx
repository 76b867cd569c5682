"use client";

import { useState } from "react";
import { AbortCampaignButton } from "@/components/abort-campaign-button";
import type { PredictiveStatus } from "@/lib/campaigns/predictive/campaign-row";
import { lifecycleActions } from "@/lib/campaigns/predictive/lifecycle";
import { DeleteCampaignButton } from "./delete-button";
import { LifecycleButton } from "./lifecycle-button";

/** The lifecycle calls CCC accepts in the campaign's status, each behind its confirm dialog, plus a live region. */
export function LifecycleControls({
  sdkAppId,
  campaignId,
  name,
  status,
}: {
  sdkAppId: number;
  campaignId: number;
  name: string;
  status: PredictiveStatus;
}) {
  const [announcement, setAnnouncement] = useState("");
  const allowed = lifecycleActions(status);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="lifecycle-controls">
      {allowed.includes("pause") ? (
        <LifecycleButton
          kind="pause"
          sdkAppId={sdkAppId}
          campaignId={campaignId}
          name={name}
          onDone={setAnnouncement}
        />
      ) : null}
      {allowed.includes("resume") ? (
        <LifecycleButton
          kind="resume"
          sdkAppId={sdkAppId}
          campaignId={campaignId}
          name={name}
          onDone={setAnnouncement}
        />
      ) : null}
      <AbortCampaignButton
        kind="predictive"
        sdkAppId={sdkAppId}
        campaignId={campaignId}
        name={name}
        abortable={allowed.includes("abort")}
      />
      {allowed.includes("delete") ? (
        <DeleteCampaignButton sdkAppId={sdkAppId} campaignId={campaignId} name={name} />
      ) : null}
      <p role="status" aria-live="polite" className="sr-only" data-testid="lifecycle-announcement">
        {announcement}
      </p>
    </div>
  );
}
