import { cccRefusal, notFoundRefusal, withRoute } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { isUnknownCampaignCode } from "@/lib/campaigns/ccc-failure";
import { describeCruiseCampaign } from "@/lib/campaigns/cruise/load.server";
import { ZCruiseCampaignBody } from "@/lib/queries/schemas";

/** The campaign page's poll: DescribeAgentCruiseDialingCampaign as a CruiseCampaignView. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, response: ZCruiseCampaignBody },
  async ({ params }) => {
    const result = await describeCruiseCampaign(params.sdkAppId, params.campaignId);
    if (!result.ok) {
      // The same answer as the predictive route for a campaign CCC does not have.
      if (isUnknownCampaignCode(result.failure.code)) throw notFoundRefusal();
      throw cccRefusal(result.failure);
    }
    return result.view;
  },
);
