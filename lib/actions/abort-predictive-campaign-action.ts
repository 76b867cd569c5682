"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { getCccClient } from "@/lib/ccc/server";
import { defineAction } from "./safe-action";

const ZAbortPredictiveCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Aborts a predictive campaign (irreversible in CCC). The campaign id is scoped by the SdkAppId in the same CCC
 * request, so authorizing the SdkAppId also authorizes the campaign: CCC cannot reach another app's campaign.
 */
export const abortPredictiveCampaignAction = defineAction(
  { actionName: "abortPredictiveCampaignAction", permission: "campaign:write" },
  ZAbortPredictiveCampaignInput,
  async ({ parsedInput: { sdkAppId, campaignId }, ctx }) => {
    const response = await withAudit(
      { user: ctx.user, action: "AbortPredictiveDialingCampaign", sdkAppId, campaignId, summary: {} },
      () => getCccClient().abortPredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
    );
    return { requestId: response.RequestId };
  },
);
