import { withRoute } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { ZResultsChunkBody } from "@/lib/queries/results";
import { ZResultsQuery } from "@/lib/results/route-params";
import { resultsChunk } from "@/lib/results/routes";

/** One chunk (up to 1,000 calls) of the campaign's results; numbers masked unless the role holds callee:read. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, query: ZResultsQuery, response: ZResultsChunkBody },
  async ({ params, query, user, request }) =>
    resultsChunk({ kind: "cruise", ...params }, query.chunk, user, request.signal),
);
