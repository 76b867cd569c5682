"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { getCccClient } from "@/lib/ccc/server";
import { defineAction } from "./safe-action";

const ZDeletePredictiveCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Deletes a predictive campaign (irreversible; the page offers it only while the campaign is pending, CCC refuses a
 * running one). As with abort, the campaign id is scoped by the SdkAppId in the same CCC request, so authorizing the
 * SdkAppId also authorizes the campaign.
 */
export const deletePredictiveCampaignAction = defineAction(
  { actionName: "deletePredictiveCampaignAction", permission: "campaign:write" },
  ZDeletePredictiveCampaignInput,
  async ({ parsedInput: { sdkAppId, campaignId }, ctx }) => {
    const response = await withAudit(
      { user: ctx.user, action: "DeletePredictiveDialingCampaign", sdkAppId, campaignId, summary: {} },
      () => getCccClient().deletePredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
    );
    return { requestId: response.RequestId };
  },
);
