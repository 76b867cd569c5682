"use server";

import { updatePredictiveCampaign } from "@/lib/campaigns/predictive/update-campaign.server";
import { predictiveUpdateInputSchema } from "@/lib/campaigns/predictive/update-input-schema.server";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { defineAction, failWith } from "./safe-action";

/**
 * Updates a pending predictive campaign with every field CCC requires. The input is the edit form's own schema plus
 * the Describe snapshot the form was opened with; the safe save (describe again, refuse or report a conflict,
 * re-normalize callees, audit with a diff) is in lib/campaigns/predictive/update-campaign.ts.
 */
export const updatePredictiveCampaignAction = defineAction(
  { actionName: "updatePredictiveCampaignAction", permission: "campaign:write" },
  predictiveUpdateInputSchema(unixNowSeconds),
  async ({ parsedInput, ctx }) => {
    const result = await updatePredictiveCampaign(parsedInput, ctx.user);
    return result.outcome === "failed" ? failWith(result.failure) : result;
  },
);
