import { NextResponse } from "next/server";
import { z } from "zod";
import { refusal } from "@/lib/actions/action-error";
import { withRoute } from "@/lib/api/guard";
import { canAccessApp } from "@/lib/auth/roles";
import { loadPredictiveCampaigns } from "@/lib/campaigns/load-predictive-campaigns";

// The list page's client query: the same loader as the server prefetch, so both render the same data shape.
const ZQuery = z.object({
  page: z.string().optional(),
  q: z.string().optional(),
  group: z.string().optional(),
  status: z.string().optional(),
});

export const dynamic = "force-dynamic";

export const GET = withRoute(
  { permission: "campaign:read", schema: ZQuery },
  async (_request, { user, input, params }) => {
    const { sdkAppId } = (await params) as { sdkAppId: string };
    const id = Number(sdkAppId);
    // Only the user's apps: loadPredictiveCampaigns would fall back to the first app, which must not answer for another.
    if (!Number.isInteger(id) || !canAccessApp(user, id)) {
      return NextResponse.json(refusal("forbidden_app"), { status: 403 });
    }
    const result = await loadPredictiveCampaigns({ ...input, app: sdkAppId }, user);
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  },
);
