import { cccRefusal, notFoundRefusal, withRoute } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { loadPredictiveCampaign } from "@/lib/campaigns/predictive/load-campaign.server";
import { ZPredictiveCampaignBody } from "@/lib/queries/schemas";

/** The campaign page's poll: Describe, callee counts and skill group names, as the page's server render reads. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, response: ZPredictiveCampaignBody },
  async ({ params, user }) => {
    const ids = { sdkAppId: String(params.sdkAppId), campaignId: String(params.campaignId) };
    const result = await loadPredictiveCampaign(ids, user);
    if (result.state === "notFound") throw notFoundRefusal();
    if (result.state === "failed") throw cccRefusal(result.failure);
    return result;
  },
);
