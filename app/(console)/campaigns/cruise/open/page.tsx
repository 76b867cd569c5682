import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Target of the list's "open by ID" form (a GET, so it works without JavaScript): on to the campaign page. */
export default async function OpenCruiseCampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireSessionUser();
  const query = await searchParams;
  const segments = parseCampaignSegments({ sdkAppId: first(query.app), campaignId: first(query.id)?.trim() });
  // The campaign page checks the app against the user's own and asks CCC; a malformed id goes back to the list.
  redirect(segments?.campaignId ? cruiseCampaignHref(segments.sdkAppId, segments.campaignId) : "/campaigns/cruise");
}
