import { NextResponse } from "next/server";
import { refusal } from "@/lib/actions/action-error";
import { withRoute } from "@/lib/api/guard";
import { canAccessApp } from "@/lib/auth/roles";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";
import { toAgentOption } from "@/lib/campaigns/cruise/staff";
import { getCccClient } from "@/lib/ccc/server";

// CCC allows up to 9,999 staff per page; one page covers any call center this console serves.
const PAGE_SIZE = 9999;

/** The app's agents for the cruise form's picker (name, e-mail, skill groups). Only for users who can create. */
export const GET = withRoute({ permission: "campaign:write" }, async (_request, { user, params }) => {
  const segments = parseCampaignSegments(await params);
  if (!segments) return NextResponse.json(refusal("invalid_input"), { status: 400 });
  if (!canAccessApp(user, segments.sdkAppId)) return NextResponse.json(refusal("forbidden_app"), { status: 403 });
  const response = await getCccClient().describeStaffInfoList({
    SdkAppId: segments.sdkAppId,
    PageSize: PAGE_SIZE,
    PageNumber: 0,
  });
  return NextResponse.json(
    { agents: response.StaffList.map(toAgentOption), total: response.TotalCount },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
