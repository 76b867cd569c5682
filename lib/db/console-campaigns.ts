/**
 * Campaigns created from this console (see `consoleCampaigns` in schema.ts for why the table exists). Written
 * once, right after CCC answers a create with its CampaignId; read by the cruise list, newest first.
 */
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import { type CampaignKind, type ConsoleCampaignRow, consoleCampaigns } from "./schema";

export type ConsoleCampaign = ConsoleCampaignRow;

export interface NewConsoleCampaign {
  kind: CampaignKind;
  sdkAppId: number;
  campaignId: number;
  name: string;
  agent?: string | null;
  createdBy: string;
  createdByEmail: string;
  cccRequestId?: string | null;
  clonedFromCampaignId?: number | null;
}

export interface ConsoleCampaignFilter {
  kind: CampaignKind;
  /** The apps the viewer may see; an empty list matches nothing. */
  sdkAppIds: readonly number[];
  /** Exact agent e-mail (cruise). */
  agent?: string;
}

export interface ConsoleCampaignPage {
  rows: ConsoleCampaign[];
  total: number;
}

/**
 * Records a created campaign. Idempotent on (kind, app, campaign): a replayed create that returns the same
 * CampaignId keeps the first row.
 */
export async function recordConsoleCampaign(db: Db, input: NewConsoleCampaign): Promise<ConsoleCampaign> {
  return withCleanErrors(async () => {
    const [inserted] = await db
      .insert(consoleCampaigns)
      .values({
        kind: input.kind,
        sdkAppId: input.sdkAppId,
        campaignId: input.campaignId,
        name: input.name,
        agent: input.agent ?? null,
        createdBy: input.createdBy,
        createdByEmail: input.createdByEmail,
        cccRequestId: input.cccRequestId ?? null,
        clonedFromCampaignId: input.clonedFromCampaignId ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) return inserted;
    const existing = await findConsoleCampaign(db, input);
    if (!existing) throw new Error("console campaign vanished after a conflicting insert");
    return existing;
  });
}

export async function findConsoleCampaign(
  db: Db,
  ref: { kind: CampaignKind; sdkAppId: number; campaignId: number },
): Promise<ConsoleCampaign | null> {
  const [row] = await withCleanErrors(() =>
    db
      .select()
      .from(consoleCampaigns)
      .where(
        and(
          eq(consoleCampaigns.kind, ref.kind),
          eq(consoleCampaigns.sdkAppId, ref.sdkAppId),
          eq(consoleCampaigns.campaignId, ref.campaignId),
        ),
      )
      .limit(1),
  );
  return row ?? null;
}

/** Newest first. `limit` is clamped to 1–100. */
export async function listConsoleCampaigns(
  db: Db,
  filter: ConsoleCampaignFilter,
  page: { limit?: number; offset?: number } = {},
): Promise<ConsoleCampaignPage> {
  if (filter.sdkAppIds.length === 0) return { rows: [], total: 0 };
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 20), 1), 100);
  const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
  const conditions: SQL[] = [
    eq(consoleCampaigns.kind, filter.kind),
    inArray(consoleCampaigns.sdkAppId, [...filter.sdkAppIds]),
  ];
  if (filter.agent) conditions.push(eq(consoleCampaigns.agent, filter.agent));
  const where = and(...conditions);
  const [rows, totals] = await withCleanErrors(() =>
    Promise.all([
      db
        .select()
        .from(consoleCampaigns)
        .where(where)
        .orderBy(desc(consoleCampaigns.createdAt), desc(consoleCampaigns.id))
        .limit(limit)
        .offset(offset),
      db.select({ total: count() }).from(consoleCampaigns).where(where),
    ]),
  );
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Distinct agents of the viewer's console campaigns, for the list's agent filter. */
export async function listConsoleCampaignAgents(
  db: Db,
  filter: Omit<ConsoleCampaignFilter, "agent">,
): Promise<string[]> {
  if (filter.sdkAppIds.length === 0) return [];
  const rows = await withCleanErrors(() =>
    db
      .selectDistinct({ agent: consoleCampaigns.agent })
      .from(consoleCampaigns)
      .where(and(eq(consoleCampaigns.kind, filter.kind), inArray(consoleCampaigns.sdkAppId, [...filter.sdkAppIds])))
      .orderBy(consoleCampaigns.agent),
  );
  return rows.flatMap((row) => (row.agent ? [row.agent] : []));
}
