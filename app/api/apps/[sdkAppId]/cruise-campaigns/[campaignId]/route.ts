import { cccRefusal, withRoute } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { describeCruiseCampaign } from "@/lib/campaigns/cruise/load.server";
import { ZCruiseCampaignBody } from "@/lib/queries/schemas";

/** The campaign page's poll: DescribeAgentCruiseDialingCampaign as a CruiseCampaignView. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, response: ZCruiseCampaignBody },
  async ({ params }) => {
    const result = await describeCruiseCampaign(params.sdkAppId, params.campaignId);
    if (!result.ok) throw cccRefusal(result.failure);
    return result.view;
  },
);
