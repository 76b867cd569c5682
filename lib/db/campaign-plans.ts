/**
 * The IANA zone each campaign was planned in (issue 12, part 7). CCC keeps only Unix seconds, so without this a
 * campaign planned in America/New_York is shown afterwards in whatever zone the viewer has. One row per campaign:
 * a create writes it, each save from the edit form overwrites it (the zone of the latest plan wins).
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import { type CampaignKind, type CampaignPlanRow, campaignPlans } from "./schema";
import { normalizeTimeZone } from "./users";

export type CampaignPlan = CampaignPlanRow;

export interface CampaignPlanRef {
  kind: CampaignKind;
  sdkAppId: number;
  campaignId: number;
}

export interface CampaignPlanInput extends CampaignPlanRef {
  /** IANA zone the times were entered in; normalised ("america/new_york" → "America/New_York"). */
  timeZone: string;
  /** User id of who created or saved the campaign. */
  updatedBy: string;
  /** The daily calling windows sent on create; left as stored when absent (an edit cannot change them in CCC). */
  availableTime?: { start: string; end: string }[];
}

/** Records (or replaces) the zone a campaign was planned in. Throws a RangeError for an unknown zone. */
export async function saveCampaignPlan(db: Db, input: CampaignPlanInput): Promise<CampaignPlan> {
  const timeZone = normalizeTimeZone(input.timeZone);
  const [row] = await withCleanErrors(() =>
    db
      .insert(campaignPlans)
      .values({
        kind: input.kind,
        sdkAppId: input.sdkAppId,
        campaignId: input.campaignId,
        timeZone,
        availableTime: input.availableTime ?? null,
        updatedBy: input.updatedBy,
      })
      .onConflictDoUpdate({
        target: [campaignPlans.kind, campaignPlans.sdkAppId, campaignPlans.campaignId],
        set: {
          timeZone,
          ...(input.availableTime ? { availableTime: input.availableTime } : {}),
          updatedBy: input.updatedBy,
          updatedAt: sql`now()`,
        },
      })
      .returning(),
  );
  if (!row) throw new Error("upsert into campaign_plans returned no row");
  return row;
}

/** The campaign's plan, or null when it was made elsewhere (or before the console kept zones). */
export async function findCampaignPlan(db: Db, ref: CampaignPlanRef): Promise<CampaignPlan | null> {
  const [row] = await withCleanErrors(() =>
    db
      .select()
      .from(campaignPlans)
      .where(
        and(
          eq(campaignPlans.kind, ref.kind),
          eq(campaignPlans.sdkAppId, ref.sdkAppId),
          eq(campaignPlans.campaignId, ref.campaignId),
        ),
      )
      .limit(1),
  );
  return row ?? null;
}

/** Key of `findCampaignPlans`' map: `${sdkAppId}:${campaignId}`. */
export function campaignPlanKey(ref: { sdkAppId: number; campaignId: number }): string {
  return `${ref.sdkAppId}:${ref.campaignId}`;
}

/**
 * The plans of a page of campaigns of one kind, keyed by `campaignPlanKey`, in one query. Campaigns without a plan
 * are absent from the map.
 */
export async function findCampaignPlans(
  db: Db,
  kind: CampaignKind,
  refs: readonly { sdkAppId: number; campaignId: number }[],
): Promise<Map<string, CampaignPlan>> {
  const plans = new Map<string, CampaignPlan>();
  if (refs.length === 0) return plans;
  const byApp = new Map<number, number[]>();
  for (const ref of refs) byApp.set(ref.sdkAppId, [...(byApp.get(ref.sdkAppId) ?? []), ref.campaignId]);
  const perApp = [...byApp].map(([sdkAppId, ids]) =>
    and(eq(campaignPlans.sdkAppId, sdkAppId), inArray(campaignPlans.campaignId, ids)),
  );
  const rows = await withCleanErrors(() =>
    db
      .select()
      .from(campaignPlans)
      .where(and(eq(campaignPlans.kind, kind), or(...perApp))),
  );
  for (const row of rows) plans.set(campaignPlanKey(row), row);
  return plans;
}
