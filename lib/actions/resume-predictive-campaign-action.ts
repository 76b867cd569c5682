"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { getCccClient } from "@/lib/ccc/server";
import { defineAction } from "./safe-action";

const ZResumePredictiveCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Resumes a predictive campaign. The campaign id is scoped by the SdkAppId in the same CCC request, so authorizing
 * the SdkAppId also authorizes the campaign. CCC refuses it in other states (UnsupportedOperation), shown by code.
 */
export const resumePredictiveCampaignAction = defineAction(
  { actionName: "resumePredictiveCampaignAction", permission: "campaign:write" },
  ZResumePredictiveCampaignInput,
  async ({ parsedInput: { sdkAppId, campaignId }, ctx }) => {
    const response = await withAudit(
      { user: ctx.user, action: "ResumePredictiveDialingCampaign", sdkAppId, campaignId, summary: {} },
      () => getCccClient().resumePredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
    );
    return { requestId: response.RequestId };
  },
);
