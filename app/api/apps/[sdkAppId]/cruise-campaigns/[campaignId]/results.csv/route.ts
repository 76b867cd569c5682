import { withRoute, ZStreamedBody } from "@/lib/api/guard";
import { ZAppCampaignParams } from "@/lib/api/params";
import { exportResultsCsv } from "@/lib/results/routes";

/** Every call of the campaign as CSV, streamed; audited, numbers masked unless the role holds callee:read. */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppCampaignParams, response: ZStreamedBody },
  async ({ params, user }) => exportResultsCsv({ kind: "cruise", ...params }, user),
);
