"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { getCccClient } from "@/lib/ccc/server";
import { defineAction } from "./safe-action";

const ZPausePredictiveCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Pauses a predictive campaign. The campaign id is scoped by the SdkAppId in the same CCC request, so authorizing
 * the SdkAppId also authorizes the campaign. CCC refuses it in other states (UnsupportedOperation), shown by code.
 */
export const pausePredictiveCampaignAction = defineAction(
  { actionName: "pausePredictiveCampaignAction", permission: "campaign:write" },
  ZPausePredictiveCampaignInput,
  async ({ parsedInput: { sdkAppId, campaignId }, ctx }) => {
    const response = await withAudit(
      { user: ctx.user, action: "PausePredictiveDialingCampaign", sdkAppId, campaignId, summary: {} },
      () => getCccClient().pausePredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
    );
    return { requestId: response.RequestId };
  },
);
