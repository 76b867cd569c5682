/**
 * Calls that outlive their process. An audit row and (for creates) an idempotency key are written "pending" before
 * CCC is called and settled after it answers; a process killed in between (SIGKILL, out of memory, power cut)
 * leaves them pending. Once nobody can still be waiting on them they become "unknown" — CCC may or may not have
 * applied the change — so the trail shows every call and a resubmitted key answers instead of waiting for ever.
 *
 * "Nobody can still be waiting": older than the lease (CCC_PENDING_LEASE_MS, longer than any live call), or, on
 * PGlite at start, every pending row — the directory lock proves the process that wrote them is gone.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { withCleanErrors } from "./errors";
import { type AuditOutcome, auditEvents, idempotencyKeys } from "./schema";

/** The error code of an audit row whose process died before CCC answered. */
export const INTERRUPTED_AUDIT_CODE = "Interrupted";
/** The error code of an idempotency key whose process died before CCC answered. */
export const INTERRUPTED_KEY_CODE = "StalePending";

/** Older than `leaseMs` by the database's clock, the one every instance shares. */
const olderThan = (column: typeof auditEvents.at | typeof idempotencyKeys.createdAt, leaseMs: number) =>
  sql`${column} < now() - make_interval(secs => ${leaseMs / 1000})`;

export interface AuditSettlement {
  outcome: Exclude<AuditOutcome, "pending">;
  errorCode?: string | null;
  cccRequestId?: string | null;
  /** Only when the row has none yet (a create learns its CampaignId from CCC's answer). */
  campaignId?: number | null;
}

/** Records the outcome of a pending audit row. False if it is no longer pending (already declared interrupted). */
export async function settleAuditEvent(db: Db, id: number, settlement: AuditSettlement): Promise<boolean> {
  const rows = await withCleanErrors(() =>
    db
      .update(auditEvents)
      .set({
        outcome: settlement.outcome,
        errorCode: settlement.errorCode ?? null,
        cccRequestId: settlement.cccRequestId ?? null,
        campaignId: sql`coalesce(${auditEvents.campaignId}, ${settlement.campaignId ?? null}::bigint)`,
      })
      .where(and(eq(auditEvents.id, id), eq(auditEvents.outcome, "pending")))
      .returning({ id: auditEvents.id }),
  );
  return rows.length > 0;
}

/** Pending audit rows older than `leaseMs` become "unknown" (Interrupted). Returns how many. */
export async function settleInterruptedAuditEvents(db: Db, leaseMs: number): Promise<number> {
  const rows = await withCleanErrors(() =>
    db
      .update(auditEvents)
      .set({ outcome: "unknown", errorCode: INTERRUPTED_AUDIT_CODE })
      .where(and(eq(auditEvents.outcome, "pending"), olderThan(auditEvents.at, leaseMs)))
      .returning({ id: auditEvents.id }),
  );
  return rows.length;
}

/**
 * Pending idempotency keys older than `leaseMs` (all of them, or only `key`) become "unknown": a resubmission then
 * answers "outcome unknown" and still never calls CCC again. Returns how many.
 */
export async function settleInterruptedKeys(db: Db, leaseMs: number, key?: string): Promise<number> {
  const rows = await withCleanErrors(() =>
    db
      .update(idempotencyKeys)
      .set({ state: "unknown", errorCode: INTERRUPTED_KEY_CODE, updatedAt: sql`now()` })
      .where(
        and(
          eq(idempotencyKeys.state, "pending"),
          olderThan(idempotencyKeys.createdAt, leaseMs),
          key === undefined ? undefined : eq(idempotencyKeys.key, key),
        ),
      )
      .returning({ key: idempotencyKeys.key }),
  );
  return rows.length;
}

/** Both of the above: at start, and wherever a reader must not see a dead process's "pending". */
export async function settleInterruptedCalls(db: Db, leaseMs: number) {
  return {
    auditEvents: await settleInterruptedAuditEvents(db, leaseMs),
    idempotencyKeys: await settleInterruptedKeys(db, leaseMs),
  };
}
