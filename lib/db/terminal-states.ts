/**
 * Finished and aborted campaigns as the console last saw them in CCC (see `campaignTerminalStates` in schema.ts).
 * Written whenever a CCC answer shows such a state, read by the lists and campaign pages instead of asking again.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import {
  type CampaignKind,
  type CampaignTerminalStateRow,
  campaignTerminalStates,
  type Json,
  type TerminalCampaignState,
} from "./schema";

export type CampaignTerminalState = CampaignTerminalStateRow;

export interface TerminalStateRef {
  kind: CampaignKind;
  sdkAppId: number;
  campaignId: number;
}

/** What one CCC answer showed: the state, and the Describe answer or the list row it came from. */
export interface TerminalStateObservation extends TerminalStateRef {
  state: TerminalCampaignState;
  describe?: Json;
  listItem?: Json;
}

export interface RecordTerminalStatesOptions {
  /**
   * Overwrite what is recorded and its time even when nothing new was seen (an on-demand refresh). Without it a
   * repeat is a no-op: the row changes only when the state differs or it gains an answer it lacked.
   */
  replace?: boolean;
}

const t = campaignTerminalStates;

/**
 * Upserts observations in one statement; idempotent. Returns how many rows were written (inserted or changed).
 * Observations of the same campaign in one call: the last wins.
 */
export async function recordTerminalStates(
  db: Db,
  observations: readonly TerminalStateObservation[],
  { replace = false }: RecordTerminalStatesOptions = {},
): Promise<number> {
  const byKey = new Map(observations.map((o) => [`${o.kind} ${o.sdkAppId} ${o.campaignId}`, o]));
  if (byKey.size === 0) return 0;
  const recordedAt = new Date();
  const values = [...byKey.values()].map((o) => ({
    kind: o.kind,
    sdkAppId: o.sdkAppId,
    campaignId: o.campaignId,
    state: o.state,
    describe: o.describe ?? null,
    listItem: o.listItem ?? null,
    recordedAt,
  }));
  const gainsSomething = sql`${t.state} <> excluded.state
    or (${t.describe} is null and excluded.describe is not null)
    or (${t.listItem} is null and excluded.list_item is not null)`;
  const written = await withCleanErrors(() =>
    db
      .insert(t)
      .values(values)
      .onConflictDoUpdate({
        target: [t.kind, t.sdkAppId, t.campaignId],
        set: {
          state: sql`excluded.state`,
          describe: sql`coalesce(excluded.describe, ${t.describe})`,
          listItem: sql`coalesce(excluded.list_item, ${t.listItem})`,
          recordedAt: sql`excluded.recorded_at`,
        },
        setWhere: replace ? undefined : gainsSomething,
      })
      .returning({ campaignId: t.campaignId }),
  );
  return written.length;
}

/** The recorded campaigns among `refs` (one kind), in no particular order. */
export async function findTerminalStates(
  db: Db,
  kind: CampaignKind,
  refs: readonly { sdkAppId: number; campaignId: number }[],
): Promise<CampaignTerminalState[]> {
  if (refs.length === 0) return [];
  const wanted = new Set(refs.map((ref) => `${ref.sdkAppId} ${ref.campaignId}`));
  const rows = await withCleanErrors(() =>
    db
      .select()
      .from(t)
      .where(
        and(
          eq(t.kind, kind),
          inArray(t.sdkAppId, [...new Set(refs.map((ref) => ref.sdkAppId))]),
          inArray(t.campaignId, [...new Set(refs.map((ref) => ref.campaignId))]),
        ),
      ),
  );
  // The two IN lists admit cross pairs (app A's id with app B's): keep only the pairs asked for.
  return rows.filter((row) => wanted.has(`${row.sdkAppId} ${row.campaignId}`));
}

export async function findTerminalState(db: Db, ref: TerminalStateRef): Promise<CampaignTerminalState | null> {
  const [row] = await findTerminalStates(db, ref.kind, [ref]);
  return row ?? null;
}

/** Drops a record that CCC contradicts (a refresh found the campaign in another state). */
export async function forgetTerminalState(db: Db, ref: TerminalStateRef): Promise<void> {
  await withCleanErrors(() =>
    db.delete(t).where(and(eq(t.kind, ref.kind), eq(t.sdkAppId, ref.sdkAppId), eq(t.campaignId, ref.campaignId))),
  );
}

/** Every record gone: for test fixtures that put CCC (the emulator) back to its seed. */
export async function forgetAllTerminalStates(db: Db): Promise<void> {
  await withCleanErrors(() => db.delete(t));
}
