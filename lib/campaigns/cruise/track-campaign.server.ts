/**
 * "Add to my list" (issue 12, part 9): CCC has no list call for cruise campaigns, so the console's cruise list is
 * the campaigns it recorded (console_campaigns). A supervisor who opened a campaign made elsewhere by its ID adds
 * it here; from then on it is listed with its live state like the console's own.
 */
import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { withAudit } from "@/lib/audit/record";
import { getCccClient } from "@/lib/ccc/server";
import { findConsoleCampaign, getDb, recordConsoleCampaign } from "@/lib/db";

export type TrackCruiseResult = { outcome: "added" | "alreadyListed"; sdkAppId: number; campaignId: number };

/**
 * Records the campaign in the console's list, idempotently (the unique index keeps one row however often or from
 * however many tabs it is added). CCC is asked first: an id CCC does not know never enters the list (its CccError
 * reaches the action), and the name and agent recorded are CCC's. The row has no CCC RequestId: it was not created
 * here, and its pages say who added it instead of who created it.
 */
export async function trackCruiseCampaign(
  ref: { sdkAppId: number; campaignId: number },
  user: AuditActor,
): Promise<TrackCruiseResult> {
  const db = await getDb();
  const key = { kind: "cruise" as const, ...ref };
  if (await findConsoleCampaign(db, key)) return { outcome: "alreadyListed", ...ref };
  const campaign = await getCccClient().describeAgentCruiseDialingCampaign({
    SdkAppId: ref.sdkAppId,
    CampaignId: ref.campaignId,
  });
  const summary = { name: campaign.Name, agent: campaign.Agent };
  const recorded = await withAudit({ user, action: "cruise.track", ...ref, db, summary }, () =>
    recordConsoleCampaign(db, {
      ...key,
      name: campaign.Name,
      agent: campaign.Agent,
      createdBy: user.id,
      createdByEmail: user.email,
      cccRequestId: null,
    }),
  );
  // Another tab (or instance) may have added it between the check and the insert: then the first row stands.
  return { outcome: recorded.createdBy === user.id ? "added" : "alreadyListed", ...ref };
}
