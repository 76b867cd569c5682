"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FailureNotice } from "@/components/failure-notice";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { trackCruiseCampaignAction } from "@/lib/actions/track-cruise-campaign-action";

/**
 * Offered on the page of a campaign the console's list does not have (it was made elsewhere and opened by ID):
 * adds it to the list, after which it is listed with its live state. A failure (CCC no longer knows it, a refusal)
 * stays on screen with the button usable.
 */
export function TrackCampaign({ sdkAppId, campaignId }: { sdkAppId: number; campaignId: number }) {
  const t = useTranslations("CruiseTrack");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionError>();
  const [added, setAdded] = useState(false);

  const onAdd = () =>
    startTransition(async () => {
      setFailure(undefined);
      try {
        const result = await trackCruiseCampaignAction({ sdkAppId, campaignId });
        const failed = actionFailure(result);
        if (failed) return setFailure(failed);
      } catch {
        return setFailure({ formError: { code: "unreachable", message: "" } });
      }
      // No refresh: the confirmation stays where the screen reader announced it; the list shows the campaign now.
      setAdded(true);
    });

  return (
    <section
      aria-labelledby="track-heading"
      className="space-y-3 rounded-card border border-line bg-surface px-5 py-4"
      data-testid="track-campaign"
    >
      <h2 id="track-heading" className="text-sm font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="text-sm text-ink-muted">{t("body")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="primary" onClick={onAdd} disabled={pending || added}>
          {pending ? t("adding") : t("add")}
        </Button>
        <p role="status" className="text-sm text-ink-muted">
          {added ? (
            <>
              {t("added")}{" "}
              <Link href="/campaigns/cruise" className="font-medium text-accent hover:underline">
                {t("toList")}
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <FailureNotice failure={failure} testId="track-error" />
    </section>
  );
}
