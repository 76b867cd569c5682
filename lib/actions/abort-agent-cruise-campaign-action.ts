"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { getCccClient } from "@/lib/ccc/server";
import { defineAction } from "./safe-action";

const ZAbortAgentCruiseCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Aborts an agent cruise campaign (final in CCC). As with predictive campaigns, CCC scopes the CampaignId by the
 * SdkAppId of the same request, so authorizing the app authorizes the campaign.
 */
export const abortAgentCruiseCampaignAction = defineAction(
  { actionName: "abortAgentCruiseCampaignAction", permission: "campaign:write" },
  ZAbortAgentCruiseCampaignInput,
  async ({ parsedInput: { sdkAppId, campaignId }, ctx }) => {
    const response = await withAudit(
      { user: ctx.user, action: "AbortAgentCruiseDialingCampaign", sdkAppId, campaignId, summary: {} },
      () => getCccClient().abortAgentCruiseDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
    );
    return { requestId: response.RequestId };
  },
);
