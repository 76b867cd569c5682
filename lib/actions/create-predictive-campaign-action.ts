"use server";

import { createPredictiveCampaign } from "@/lib/campaigns/predictive/create-campaign.server";
import { predictiveCreateInputSchema } from "@/lib/campaigns/predictive/create-input-schema.server";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { defineAction, failWith } from "./safe-action";

/**
 * Creates a predictive campaign. The schema is the form's own, parsed again here with the server's clock (a form
 * left open past its start time is refused) and the callees and their data re-normalized from their wire forms.
 * The create itself (once per idempotency key, audit, lists and plan) is lib/campaigns/predictive/create-campaign.
 */
export const createPredictiveCampaignAction = defineAction(
  { actionName: "createPredictiveCampaignAction", permission: "campaign:write" },
  predictiveCreateInputSchema(unixNowSeconds),
  async ({ parsedInput, ctx }) => {
    const result = await createPredictiveCampaign(parsedInput, ctx.user);
    if (!result.ok) return failWith(result.failure);
    const { sdkAppId, campaignId, requestId, replayed } = result;
    return { sdkAppId, campaignId, requestId, replayed };
  },
);
