import { z } from "zod";
import { refusal } from "@/lib/actions/action-error";
import { cccRefusal, RouteRefusal, withRoute } from "@/lib/api/guard";
import { ZAppParams } from "@/lib/api/params";
import { loadPredictiveCampaigns } from "@/lib/campaigns/predictive/load-campaigns.server";
import { ZPredictiveListBody } from "@/lib/queries/schemas";

// The list page's filters as they appear in its URL; the loader reads them leniently (a bad value is no filter).
const ZListQuery = z.object({
  page: z.string().optional(),
  q: z.string().optional(),
  group: z.string().optional(),
  status: z.string().optional(),
});

/** The list page's poll and filter changes: the same loader as the page's server render. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppParams, query: ZListQuery, response: ZPredictiveListBody },
  async ({ params, query, user }) => {
    const result = await loadPredictiveCampaigns({ ...query, app: String(params.sdkAppId) }, user);
    if (result.state === "failed") throw cccRefusal(result.failure);
    // withRoute has already checked the app is configured and the user's, so the loader cannot come back empty.
    if (result.state !== "ok") throw new RouteRefusal(403, refusal("forbidden_app"));
    return result;
  },
);
