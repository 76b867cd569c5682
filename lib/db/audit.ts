/**
 * The audit trail: who did what, when, to which campaign, with which CCC RequestId and outcome. Append-only:
 * this module only inserts and reads, and a database trigger refuses UPDATE/DELETE/TRUNCATE (drizzle/0001).
 */
import { and, count, desc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import { canonicalJson } from "./canonical-json";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import { type AuditEventRow, type AuditOutcome, auditEvents, type Json } from "./schema";

export type AuditEvent = AuditEventRow;

export interface NewAuditEvent {
  /** Null for events without a signed-in user (e.g. a failed sign-in for an unknown email). */
  userId: string | null;
  /** Copied so the trail still reads correctly after the user is renamed or disabled. */
  userEmail: string;
  /** CCC action name ("CreateAgentCruiseDialingCampaign") or console action ("user.create"). */
  action: string;
  sdkAppId?: number | null;
  campaignId?: number | null;
  /** A summary, never the full request: counts instead of callee lists; a field diff for updates. */
  summary?: Json;
  cccRequestId?: string | null;
  outcome: AuditOutcome;
  errorCode?: string | null;
}

export interface AuditFilter {
  userId?: string;
  campaignId?: number;
  action?: string;
  /** Only events of these apps (a supervisor sees the apps assigned to them). An empty list matches nothing. */
  sdkAppIds?: readonly number[];
  /** Inclusive lower bound on `at`. */
  from?: Date;
  /** Exclusive upper bound on `at`. */
  to?: Date;
}

/** Position after the last row of a page, for keyset pagination in (at desc, id desc) order. */
export interface AuditCursor {
  at: Date;
  id: number;
}

export interface AuditPageOptions {
  /** Rows per page, 1–500 (default 50). */
  limit?: number;
  /** Offset pagination (page numbers). Ignored when `after` is given. */
  offset?: number;
  /** Keyset pagination: rows strictly after this cursor. */
  after?: AuditCursor;
}

export interface AuditPage {
  rows: AuditEvent[];
  /** Rows matching the filter, regardless of the page. */
  total: number;
  /** Cursor for the next page, or null on the last page. */
  nextCursor: AuditCursor | null;
}

export async function appendAuditEvent(db: Db, event: NewAuditEvent): Promise<AuditEvent> {
  const [row] = await withCleanErrors(() =>
    db
      .insert(auditEvents)
      .values({
        userId: event.userId,
        userEmail: event.userEmail,
        action: event.action,
        sdkAppId: event.sdkAppId ?? null,
        campaignId: event.campaignId ?? null,
        summary: event.summary ?? {},
        cccRequestId: event.cccRequestId ?? null,
        outcome: event.outcome,
        errorCode: event.errorCode ?? null,
      })
      .returning(),
  );
  if (!row) throw new Error("insert into audit_events returned no row");
  return row;
}

function filterConditions(filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.userId === undefined ? undefined : eq(auditEvents.userId, filter.userId),
    filter.campaignId === undefined ? undefined : eq(auditEvents.campaignId, filter.campaignId),
    filter.action === undefined ? undefined : eq(auditEvents.action, filter.action),
    filter.sdkAppIds === undefined ? undefined : inArray(auditEvents.sdkAppId, [...filter.sdkAppIds]),
    filter.from === undefined ? undefined : gte(auditEvents.at, filter.from),
    filter.to === undefined ? undefined : lt(auditEvents.at, filter.to),
  ];
  return and(...conditions);
}

export async function listAuditEvents(
  db: Db,
  filter: AuditFilter = {},
  page: AuditPageOptions = {},
): Promise<AuditPage> {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 50), 1), 500);
  const where = filterConditions(filter);
  // Row comparison matches the (at, id) indexes scanned backwards. `at` has millisecond precision, so a Date
  // cursor is exact.
  const afterCursor = page.after
    ? sql`(${auditEvents.at}, ${auditEvents.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id})`
    : undefined;
  const offset = page.after ? 0 : Math.max(Math.trunc(page.offset ?? 0), 0);

  const [rows, totals] = await withCleanErrors(() =>
    Promise.all([
      db
        .select()
        .from(auditEvents)
        .where(and(where, afterCursor))
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(limit + 1)
        .offset(offset),
      db.select({ total: count() }).from(auditEvents).where(where),
    ]),
  );
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    rows: pageRows,
    total: totals[0]?.total ?? 0,
    nextCursor: hasMore && last ? { at: last.at, id: last.id } : null,
  };
}

/**
 * Field-level diff for the summary of an update: `{ field: { from, to } }` for each top-level field whose JSON
 * value differs (key order inside values does not count). Fields missing on one side show as null.
 */
export function fieldDiff(
  before: Record<string, Json | undefined>,
  after: Record<string, Json | undefined>,
): Record<string, { from: Json; to: Json }> {
  const diff: Record<string, { from: Json; to: Json }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) diff[key] = { from, to };
  }
  return diff;
}
