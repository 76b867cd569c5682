/**
 * Idempotency keys: a double-submitted create must never reach CCC twice.
 *
 *   const started = await beginIdempotentRequest(db, { key, userId, action, sdkAppId, requestHash });
 *   switch (started.status) {
 *     case "new":      call CCC once, then completeIdempotentRequest(...) or failIdempotentRequest(...)
 *     case "pending":  another submission with this key is in flight (or died mid-call): report, do not call
 *     case "done":     return the recorded outcome
 *     case "mismatch": the key was used for a different request: refuse
 *   }
 *
 * "pending" is written BEFORE CCC is called, with INSERT … ON CONFLICT DO NOTHING: exactly one caller inserts the
 * row and gets "new", on either backend and across console instances sharing PostgreSQL.
 */
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { canonicalJson } from "./canonical-json";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import { INTERRUPTED_KEY_CODE, settleInterruptedKeys } from "./interrupted-calls";
import { idempotencyKeys, type Json } from "./schema";

export interface BeginIdempotentInput {
  key: string;
  userId: string;
  /** CCC action, e.g. "CreatePredictiveDialingCampaign". */
  action: string;
  sdkAppId: number;
  /** hashRequest(payload): the same key with a different payload is a "mismatch", not a replay. */
  requestHash: string;
  /**
   * A key pending longer than this belongs to a process that died mid-call: it is settled as "unknown" and answered
   * as such, instead of "pending" for ever (interrupted-calls.ts). Omitted: pending keys are never expired here.
   */
  leaseMs?: number;
}

export type BeginIdempotentResult =
  | { status: "new" }
  | { status: "pending"; since: Date }
  | { status: "done"; state: "succeeded" | "failed" | "unknown"; result: Json | null; errorCode: string | null }
  | { status: "mismatch" };

/** SHA-256 (hex) of the payload's canonical JSON: key order does not matter, array order does. */
export function hashRequest(payload: unknown): string {
  return createHash("sha256").update(canonicalJson(payload)).digest("hex");
}

export async function beginIdempotentRequest(db: Db, input: BeginIdempotentInput): Promise<BeginIdempotentResult> {
  const { leaseMs, ...row } = input;
  return withCleanErrors(async () => {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ ...row, state: "pending" })
      .onConflictDoNothing({ target: idempotencyKeys.key })
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return { status: "new" };

    const [existing] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, input.key));
    // Rows are never deleted while in use; a vanished row means housekeeping raced us. Treat as in flight.
    if (!existing) return { status: "pending", since: new Date() };
    const sameRequest =
      existing.userId === input.userId &&
      existing.action === input.action &&
      existing.sdkAppId === input.sdkAppId &&
      existing.requestHash === input.requestHash;
    if (!sameRequest) return { status: "mismatch" };
    if (existing.state === "pending") {
      if (leaseMs !== undefined && (await settleInterruptedKeys(db, leaseMs, input.key)) > 0) {
        return { status: "done", state: "unknown", result: null, errorCode: INTERRUPTED_KEY_CODE };
      }
      return { status: "pending", since: existing.createdAt };
    }
    return { status: "done", state: existing.state, result: existing.result, errorCode: existing.errorCode };
  });
}

/** Records CCC's answer (e.g. { CampaignId, RequestId }). False if the key is not pending (already settled). */
export async function completeIdempotentRequest(db: Db, key: string, result: Json): Promise<boolean> {
  return settle(db, key, { state: "succeeded", result, errorCode: null });
}

/**
 * Records a failure. `failed`: CCC answered with an error, nothing was created. `unknown`: the outcome is not
 * known (timeout after sending) — the console must not retry automatically; the user checks the campaign list.
 */
export async function failIdempotentRequest(
  db: Db,
  key: string,
  errorCode: string,
  outcome: "failed" | "unknown",
  result: Json | null = null,
): Promise<boolean> {
  return settle(db, key, { state: outcome, result, errorCode });
}

async function settle(
  db: Db,
  key: string,
  values: { state: "succeeded" | "failed" | "unknown"; result: Json | null; errorCode: string | null },
): Promise<boolean> {
  const rows = await withCleanErrors(() =>
    db
      .update(idempotencyKeys)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.state, "pending")))
      .returning({ key: idempotencyKeys.key }),
  );
  return rows.length > 0;
}

/**
 * Housekeeping: keys still pending since before `olderThan` belong to a process that died mid-call. They become
 * "unknown" (CCC may or may not have created the campaign). Returns how many were marked.
 */
export async function markStalePendingUnknown(db: Db, olderThan: Date): Promise<number> {
  const rows = await withCleanErrors(() =>
    db
      .update(idempotencyKeys)
      .set({ state: "unknown", errorCode: "StalePending", updatedAt: sql`now()` })
      .where(and(eq(idempotencyKeys.state, "pending"), lt(idempotencyKeys.createdAt, olderThan)))
      .returning({ key: idempotencyKeys.key }),
  );
  return rows.length;
}
