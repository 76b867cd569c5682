/** Reading `[sdkAppId]` / `[campaignId]` route segments, which withRoute's schema (query string) does not see. */
import { z } from "zod";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";

const ZSegments = z.object({
  sdkAppId: z.coerce.number().pipe(ZSdkAppId),
  campaignId: z.coerce.number().pipe(ZCampaignId).optional(),
});

/** The numeric ids of a route's segments, or null when they are not ids. */
export function parseCampaignSegments(params: Record<string, string | string[] | undefined>) {
  const parsed = ZSegments.safeParse(params);
  return parsed.success ? parsed.data : null;
}
