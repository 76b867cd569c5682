/**
 * Every console mutation (CCC calls and user administration) runs inside withAudit, so the trail records what was
 * attempted and how it ended — ok, error (with the code) or unknown (CCC may or may not have applied it) — with
 * CCC's RequestId. Summaries are reduced before storage: callee lists become counts and passwords never get in.
 */
import "server-only";
import { isCccError, whetherChanged } from "@/lib/ccc/errors";
import { appendAuditEvent, type Db, getDb, type Json } from "@/lib/db";
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

/** Runs `fn`, appends one audit event for its outcome and returns its result or re-throws its error. */
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
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    const ccc = isCccError(error) ? error : undefined;
    await appendAuditEvent(db, {
      ...base,
      // The same judgement the user is shown (ActionError.changed): a lost reply may have applied the change.
      outcome: ccc && whetherChanged(ccc) === "unknown" ? "unknown" : "error",
      errorCode: ccc?.code ?? "internal",
      cccRequestId: ccc?.requestId ?? null,
    }).catch((auditError: unknown) => logger.error({ err: auditError, action: context.action }, "audit append failed"));
    throw error;
  }
  try {
    await appendAuditEvent(db, {
      ...base,
      campaignId: base.campaignId ?? campaignIdOf(result),
      outcome: "ok",
      cccRequestId: requestIdOf(result),
    });
  } catch (auditError) {
    // The change is already made; failing now would invite the user to repeat it. The log keeps the gap visible.
    logger.error({ err: auditError, action: context.action }, "audit append failed after a successful change");
  }
  return result;
}
