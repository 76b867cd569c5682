"use server";

import { createCruiseCampaign } from "@/lib/campaigns/cruise/create-campaign.server";
import { createCruiseCampaignInputSchema } from "@/lib/campaigns/cruise/create-input-schema.server";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { defineAction, failWith } from "./safe-action";

/**
 * Creates an agent cruise campaign. The schema is the form's own, parsed again here with the server's clock (a form
 * left open past its start time is refused) and the callee list re-normalized from its wire form. The create itself
 * (once per idempotency key, audit, records) is in lib/campaigns/cruise/create-campaign.ts.
 */
export const createAgentCruiseCampaignAction = defineAction(
  { actionName: "createAgentCruiseCampaignAction", permission: "campaign:write" },
  createCruiseCampaignInputSchema(unixNowSeconds),
  async ({ parsedInput, ctx }) => {
    const result = await createCruiseCampaign(parsedInput, ctx.user);
    if (!result.ok) return failWith(result.failure);
    const { sdkAppId, campaignId, requestId, replayed } = result;
    return { sdkAppId, campaignId, requestId, replayed };
  },
);
