import { NextResponse } from "next/server";
import { refusal } from "@/lib/actions/action-error";
import { withRoute } from "@/lib/api/guard";
import { canAccessApp } from "@/lib/auth/roles";
import { loadSkillGroups } from "@/lib/campaigns/predictive/load-skill-groups";
import { cccConfig } from "@/lib/ccc/server";

export const dynamic = "force-dynamic";

/** The app's skill groups (DescribeSkillGroupInfoList, every page), for pickers. */
export const GET = withRoute({ permission: "campaign:read" }, async (_request, { user, params }) => {
  const id = Number(((await params) as { sdkAppId: string }).sdkAppId);
  if (!Number.isInteger(id) || !canAccessApp(user, id) || !cccConfig().sdkAppIds.includes(id)) {
    return NextResponse.json(refusal("forbidden_app"), { status: 403 });
  }
  return NextResponse.json({ skillGroups: await loadSkillGroups(id) }, { headers: { "Cache-Control": "no-store" } });
});
