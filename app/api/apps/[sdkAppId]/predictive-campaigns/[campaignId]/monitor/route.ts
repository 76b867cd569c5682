import { cccRefusal, notFoundRefusal, withRoute } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { loadPredictiveMonitor } from "@/lib/monitor/load-monitor";
import { ZMonitorBody } from "@/lib/queries/monitor";

/** The live monitor's poll: state, callee counts and, while running, the skill group's agents and queue. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, response: ZMonitorBody },
  async ({ params, user }) => {
    const ids = { sdkAppId: String(params.sdkAppId), campaignId: String(params.campaignId) };
    const result = await loadPredictiveMonitor(ids, user);
    if (result.state === "notFound") throw notFoundRefusal();
    if (result.state === "failed") throw cccRefusal(result.failure);
    return result;
  },
);
