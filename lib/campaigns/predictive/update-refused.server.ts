/**
 * CCC answers UnsupportedOperation to an update of a campaign that has started, and also for reasons it does not
 * name. Describing the campaign again (fresh: CCC now, in the interactive lane) tells the two apart, so the user is
 * not told "it started" about a campaign that is still pending.
 */
import "server-only";
import type { CccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { logger } from "@/lib/log";
import { unixNowSeconds } from "@/lib/time/unix-now";
import type { CampaignFailure } from "../campaign-failure";
import { editBlockReason, toPredictiveSnapshot } from "./snapshot";
import { PREDICTIVE_UPDATE_CODES } from "./update-outcome";

/**
 * The failure for a refused update: `campaign_started` when CCC now shows it no longer pending (or its start
 * passed), else `change_refused` — also when the second Describe fails, since "refused" is true either way. Both
 * carry the refused update's RequestId; nothing changed.
 */
export async function whyUpdateRefused(
  refused: Pick<CccError, "requestId" | "code">,
  ref: { SdkAppId: number; CampaignId: number },
): Promise<CampaignFailure<never>> {
  const base = { field: null, changed: "no" as const, ...(refused.requestId ? { requestId: refused.requestId } : {}) };
  try {
    const current = toPredictiveSnapshot(await getCccClient().describePredictiveDialingCampaign(ref, { fresh: true }));
    const started = editBlockReason(current, unixNowSeconds()) !== null;
    return { ...base, code: started ? PREDICTIVE_UPDATE_CODES.campaignStarted : PREDICTIVE_UPDATE_CODES.changeRefused };
  } catch (error) {
    logger.warn({ err: error, ...ref, refusedCode: refused.code }, "describe after a refused update failed");
    return { ...base, code: PREDICTIVE_UPDATE_CODES.changeRefused };
  }
}
