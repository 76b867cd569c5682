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

/** The whole plan (zone and, for a predictive campaign created here, its calling windows), or null; as above. */
export async function loadCampaignPlan(ref: {
  kind: CampaignKind;
  sdkAppId: number;
  campaignId: number;
}): Promise<{ timeZone: string; availableTime: { start: string; end: string }[] | null } | null> {
  try {
    const plan = await findCampaignPlan(await getDb(), ref);
    return plan && { timeZone: plan.timeZone, availableTime: plan.availableTime };
  } catch (error) {
    logger.error({ err: error, ...ref }, "reading the plan of a campaign failed");
    return null;
  }
}
