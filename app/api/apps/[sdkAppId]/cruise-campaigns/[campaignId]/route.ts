import { NextResponse } from "next/server";
import { refusal } from "@/lib/actions/action-error";
import { withRoute } from "@/lib/api/guard";
import { canAccessApp } from "@/lib/auth/roles";
import { toCruiseCampaignView } from "@/lib/campaigns/cruise/campaign-view";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";
import { getCccClient } from "@/lib/ccc/server";

/** The campaign page's poll: DescribeAgentCruiseDialingCampaign as a CruiseCampaignView. */
export const GET = withRoute({ permission: "campaign:read" }, async (_request, { user, params }) => {
  const segments = parseCampaignSegments(await params);
  if (!segments?.campaignId) return NextResponse.json(refusal("invalid_input"), { status: 400 });
  if (!canAccessApp(user, segments.sdkAppId)) return NextResponse.json(refusal("forbidden_app"), { status: 403 });
  const ref = { sdkAppId: segments.sdkAppId, campaignId: segments.campaignId };
  const response = await getCccClient().describeAgentCruiseDialingCampaign({
    SdkAppId: ref.sdkAppId,
    CampaignId: ref.campaignId,
  });
  return NextResponse.json(toCruiseCampaignView(ref, response), { headers: { "Cache-Control": "private, no-store" } });
});
