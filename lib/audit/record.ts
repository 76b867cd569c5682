/**
 * Every console mutation (CCC calls and user administration) runs inside withAudit, so the trail records what was
 * attempted before it is attempted, and how it ended — ok, error (with the code) or unknown (CCC may or may not have
 * applied it; also a call whose process died before CCC answered) — with CCC's RequestId. Summaries are reduced before storage: callee lists become counts and passwords never get in.
 */
import "server-only";
import { isCccError, whetherChanged } from "@/lib/ccc/errors";
import {
  type AuditEvent,
  type AuditSettlement,
  appendAuditEvent,
  type Db,
  getDb,
  type Json,
  settleAuditEvent,
} from "@/lib/db";
import { logger } from "@/lib/log";

export interface AuditActor {
  id: string;
  email: string;
}

export interface AuditContext {
  user: AuditActor;
  /** "AbortPredictiveDialingCampaign", "user.create", … */
  action: string;
  sdkAppId?: number | null;
  campaignId?: number | null;
  summary?: { [key: string]: Json };
  /** Defaults to the process-wide database (tests pass their own). */
  db?: Db;
}

const COUNT_ONLY = /callee|phone/i;
const SECRET = /password|secret|token|hash/i;

/**
 * Lists and strings under callee/phone keys (at any depth below such a key, e.g. a fieldDiff's from/to) become
 * `{ count }`; secret-looking keys are dropped. Exported for its test.
 */
export function reduceSummary(value: Json | undefined, key = "", inCallees = false): Json | undefined {
  if (SECRET.test(key)) return undefined;
  const countOnly = inCallees || COUNT_ONLY.test(key);
  if (Array.isArray(value)) {
    if (countOnly) return { count: value.length };
    return value.map((item) => reduceSummary(item) ?? null);
  }
  if (typeof value === "object" && value !== null) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      const reduced = reduceSummary(v, k, countOnly);
      if (reduced !== undefined) out[k] = reduced;
    }
    return out;
  }
  if (typeof value === "string" && countOnly) return { count: 1 };
  return value;
}

/** A create's answer carries the new CampaignId; the trail files the event under it. */
function campaignIdOf(result: unknown): number | null {
  if (
    typeof result === "object" &&
    result !== null &&
    "CampaignId" in result &&
    typeof result.CampaignId === "number"
  ) {
    return result.CampaignId;
  }
  return null;
}

function requestIdOf(result: unknown): string | null {
  if (typeof result === "object" && result !== null && "RequestId" in result && typeof result.RequestId === "string") {
    return result.RequestId;
  }
  return null;
}

/**
 * Runs `fn` with one audit event around it: appended as "pending" before `fn` starts, so a process killed while
 * CCC works on the call still leaves its row (settled "unknown" later, lib/db/interrupted-calls.ts), then settled
 * with the outcome. If the pending row cannot be written, `fn` is not run: no CCC call goes unrecorded.
 */
export async function withAudit<T>(context: AuditContext, fn: () => Promise<T>): Promise<T> {
  const base = {
    userId: context.user.id,
    userEmail: context.user.email,
    action: context.action,
    sdkAppId: context.sdkAppId ?? null,
    campaignId: context.campaignId ?? null,
    summary: reduceSummary(context.summary ?? {}) ?? {},
  };
  const db = context.db ?? (await getDb());
  const pending = await appendAuditEvent(db, { ...base, outcome: "pending" });
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    const ccc = isCccError(error) ? error : undefined;
    await settle(db, pending, {
      // The same judgement the user is shown (ActionError.changed): a lost reply may have applied the change.
      outcome: ccc && whetherChanged(ccc) === "unknown" ? "unknown" : "error",
      errorCode: ccc?.code ?? "internal",
      cccRequestId: ccc?.requestId ?? null,
    });
    throw error;
  }
  await settle(db, pending, { outcome: "ok", campaignId: campaignIdOf(result), cccRequestId: requestIdOf(result) });
  return result;
}

/** Never throws: the change is made (or refused) already, and failing now would invite the user to repeat it. */
async function settle(db: Db, pending: AuditEvent, settlement: AuditSettlement): Promise<void> {
  try {
    if (await settleAuditEvent(db, pending.id, settlement)) return;
    // Declared interrupted already (the call outlived the lease): the real outcome follows as a row of its own.
    const { id: _id, at: _at, ...row } = pending;
    await appendAuditEvent(db, { ...row, ...settlement, campaignId: row.campaignId ?? settlement.campaignId });
  } catch (auditError) {
    // The row stays "pending" and is settled "unknown" once its lease runs out; the log keeps the gap visible.
    logger.error({ err: auditError, action: pending.action }, "audit outcome not recorded");
  }
}
