import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { appendAuditEvent } from "./audit";
import { queryRows } from "./client";
import { pgErrorCode } from "./errors";
import { beginIdempotentRequest, hashRequest } from "./idempotency";
import {
  INTERRUPTED_AUDIT_CODE,
  INTERRUPTED_KEY_CODE,
  settleAuditEvent,
  settleInterruptedAuditEvents,
  settleInterruptedCalls,
} from "./interrupted-calls";
import { auditEvents, idempotencyKeys } from "./schema";
import { describeEachBackend } from "./test-support/test-db";

const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms);

describeEachBackend("interrupted calls", ({ db }) => {
  const pendingRow = (at?: Date) =>
    db()
      .insert(auditEvents)
      .values({
        userId: null,
        userEmail: "s@x",
        action: `probe ${randomUUID()}`,
        outcome: "pending",
        ...(at && { at }),
      })
      .returning()
      .then((rows) => rows[0] as NonNullable<(typeof rows)[0]>);
  const outcomeOf = async (id: number) =>
    (
      await queryRows<{ outcome: string; error_code: string | null }>(
        db(),
        sql`select outcome, error_code from audit_events where id = ${id}`,
      )
    )[0];
  const refusal = (attempt: () => Promise<unknown>) =>
    attempt().then(
      () => "allowed",
      (error: unknown) => `${pgErrorCode(error)} ${String((error as { cause?: unknown }).cause)}`,
    );

  it("a pending audit row is settled once, with its outcome only; every other change is refused", async () => {
    const row = await pendingRow();
    expect(await settleAuditEvent(db(), row.id, { outcome: "ok", cccRequestId: "req-1", campaignId: 77 })).toBe(true);
    expect(await settleAuditEvent(db(), row.id, { outcome: "error", errorCode: "X" })).toBe(false);
    const [settled] = await db().select().from(auditEvents).where(eq(auditEvents.id, row.id));
    expect(settled).toMatchObject({ outcome: "ok", cccRequestId: "req-1", campaignId: 77, errorCode: null });

    const append = /23001 .*audit_events is append-only: (UPDATE|DELETE)/;
    const pending = await pendingRow();
    const attempts = [
      // A settled row stays as it is.
      () => db().update(auditEvents).set({ outcome: "unknown" }).where(eq(auditEvents.id, row.id)),
      // A pending row's who, what and summary cannot be rewritten, even while settling it.
      () => db().update(auditEvents).set({ outcome: "ok", action: "other" }).where(eq(auditEvents.id, pending.id)),
      () =>
        db()
          .update(auditEvents)
          .set({ outcome: "ok", summary: { a: 1 } })
          .where(eq(auditEvents.id, pending.id)),
      () =>
        db()
          .update(auditEvents)
          .set({ at: new Date(0) })
          .where(eq(auditEvents.id, pending.id)),
      () => db().delete(auditEvents).where(eq(auditEvents.id, pending.id)),
    ];
    for (const attempt of attempts) expect(await refusal(attempt)).toMatch(append);
    expect(await outcomeOf(pending.id)).toEqual({ outcome: "pending", error_code: null });
  });

  it("settles pending audit rows older than the lease as unknown, and leaves younger ones pending", async () => {
    const old = await pendingRow(ago(5 * MINUTE));
    const young = await pendingRow();
    const done = await appendAuditEvent(db(), { userId: null, userEmail: "s@x", action: "probe", outcome: "ok" });
    expect(await settleInterruptedAuditEvents(db(), 2 * MINUTE)).toBeGreaterThanOrEqual(1);
    expect(await outcomeOf(old.id)).toEqual({ outcome: "unknown", error_code: INTERRUPTED_AUDIT_CODE });
    expect(await outcomeOf(young.id)).toEqual({ outcome: "pending", error_code: null });
    expect(await outcomeOf(done.id)).toEqual({ outcome: "ok", error_code: null });
    // Lease 0 (PGlite at start: the lock proves the writer is gone): every pending row.
    await settleInterruptedCalls(db(), 0);
    expect(await outcomeOf(young.id)).toEqual({ outcome: "unknown", error_code: INTERRUPTED_AUDIT_CODE });
  });

  it("a key pending past its lease answers 'unknown' instead of 'in progress' for ever", async () => {
    const input = {
      key: randomUUID(),
      userId: randomUUID(),
      action: "CreateAgentCruiseDialingCampaign",
      sdkAppId: 1400000001,
      requestHash: hashRequest({ Name: "n" }),
    };
    await db()
      .insert(idempotencyKeys)
      .values({ ...input, state: "pending", createdAt: ago(5 * MINUTE) });
    // Within the lease (or without one) another process may still be waiting on CCC for it.
    expect(await beginIdempotentRequest(db(), { ...input, leaseMs: 10 * MINUTE })).toMatchObject({ status: "pending" });
    expect(await beginIdempotentRequest(db(), input)).toMatchObject({ status: "pending" });
    const unknown = { status: "done", state: "unknown", result: null, errorCode: INTERRUPTED_KEY_CODE };
    expect(await beginIdempotentRequest(db(), { ...input, leaseMs: 2 * MINUTE })).toEqual(unknown);
    // Settled for good: the next submission gets the same answer without the lease.
    expect(await beginIdempotentRequest(db(), input)).toEqual(unknown);
    // A different request under the key is still a mismatch, not a way round it.
    expect(await beginIdempotentRequest(db(), { ...input, requestHash: "x", leaseMs: 0 })).toEqual({
      status: "mismatch",
    });
  });
});
