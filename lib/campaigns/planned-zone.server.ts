/** The zone a campaign was planned in, for the pages that show its times (issue 12, part 7). */
import "server-only";
import { type CampaignKind, findCampaignPlan, getDb } from "@/lib/db";
import { logger } from "@/lib/log";

/**
 * The IANA zone recorded when the campaign was created or last saved here, or null when none was (made elsewhere,
 * or before zones were kept). A database failure also gives null: the page then shows the viewer's zone, as before.
 */
export async function loadPlannedTimeZone(ref: {
  kind: CampaignKind;
  sdkAppId: number;
  campaignId: number;
}): Promise<string | null> {
  try {
    return (await findCampaignPlan(await getDb(), ref))?.timeZone ?? null;
  } catch (error) {
    logger.error({ err: error, ...ref }, "reading the planned zone of a campaign failed");
    return null;
  }
}
