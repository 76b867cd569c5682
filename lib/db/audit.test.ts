import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appendAuditEvent, fieldDiff, listAuditEvents } from "./audit";
import { queryRows } from "./client";
import { pgErrorCode } from "./errors";
import { auditEvents } from "./schema";
import { describeEachBackend } from "./test-support/test-db";

describe("fieldDiff", () => {
  it("lists changed top-level fields only, ignoring key order inside values", () => {
    expect(
      fieldDiff(
        { Name: "a", MaxRingTime: 30, Callers: ["1", "2"], Opts: { x: 1, y: 2 }, Gone: true },
        { Name: "b", MaxRingTime: 30, Callers: ["2", "1"], Opts: { y: 2, x: 1 }, New: 5 },
      ),
    ).toEqual({
      Name: { from: "a", to: "b" },
      Callers: { from: ["1", "2"], to: ["2", "1"] },
      Gone: { from: true, to: null },
      New: { from: null, to: 5 },
    });
  });
});

describeEachBackend("audit repository", ({ db }) => {
  it("appends an event with defaults and returns it", async () => {
    const userId = randomUUID();
    const event = await appendAuditEvent(db(), {
      userId,
      userEmail: "ops@example.com",
      action: "CreatePredictiveDialingCampaign",
      sdkAppId: 1400000001,
      campaignId: 9007199254740000,
      summary: { calleeCount: 100000, name: "Spring" },
      cccRequestId: "req-1",
      outcome: "ok",
    });
    expect(event).toMatchObject({
      userId,
      userEmail: "ops@example.com",
      action: "CreatePredictiveDialingCampaign",
      sdkAppId: 1400000001,
      campaignId: 9007199254740000,
      summary: { calleeCount: 100000, name: "Spring" },
      cccRequestId: "req-1",
      outcome: "ok",
      errorCode: null,
    });
    expect(event.id).toBeGreaterThan(0);
    expect(Math.abs(event.at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const event = await appendAuditEvent(db(), { userId: null, userEmail: "x@y", action: "probe", outcome: "ok" });
    const attempts = [
      () => db().update(auditEvents).set({ outcome: "error" }).where(eq(auditEvents.id, event.id)),
      () => db().delete(auditEvents).where(eq(auditEvents.id, event.id)),
      () => db().execute(sql`delete from audit_events where false`),
      () => db().execute(sql`truncate audit_events`),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(pgErrorCode(error)).toBe("23001");
      expect(String((error as { cause?: unknown }).cause)).toMatch(
        /audit_events is append-only: (UPDATE|DELETE|TRUNCATE)/,
      );
    }
    const rows = await queryRows<{ outcome: string }>(
      db(),
      sql`select outcome from audit_events where id = ${event.id}`,
    );
    expect(rows).toEqual([{ outcome: "ok" }]);
  });

  it("filters by user, campaign, action, apps and time, newest first, with totals", async () => {
    const alice = randomUUID();
    const bob = randomUUID();
    const base = { userEmail: "f@example.com", outcome: "ok" as const };
    const a1 = await appendAuditEvent(db(), { ...base, userId: alice, action: "user.create" });
    const a2 = await appendAuditEvent(db(), { ...base, userId: alice, action: "Update", sdkAppId: 1, campaignId: 77 });
    const b1 = await appendAuditEvent(db(), { ...base, userId: bob, action: "Update", sdkAppId: 2, campaignId: 77 });
    const a3 = await appendAuditEvent(db(), { ...base, userId: alice, action: "Update", sdkAppId: 1, campaignId: 78 });

    const ids = async (filter: Parameters<typeof listAuditEvents>[1]) => {
      const page = await listAuditEvents(db(), filter);
      return { ids: page.rows.map((row) => row.id), total: page.total };
    };
    expect(await ids({ userId: alice })).toEqual({ ids: [a3.id, a2.id, a1.id], total: 3 });
    expect(await ids({ campaignId: 77 })).toMatchObject({ ids: [b1.id, a2.id] });
    expect(await ids({ userId: alice, action: "Update" })).toEqual({ ids: [a3.id, a2.id], total: 2 });
    expect(await ids({ userId: bob, sdkAppIds: [1] })).toEqual({ ids: [], total: 0 });
    expect(await ids({ userId: alice, sdkAppIds: [] })).toEqual({ ids: [], total: 0 });
  });

  it("filters by time: `from` inclusive, `to` exclusive", async () => {
    const userId = randomUUID();
    const t0 = new Date("2020-01-01T00:00:00.000Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const rows = await db()
      .insert(auditEvents)
      .values(
        [0, 1, 3_600_000].map((ms) => ({ at: at(ms), userId, userEmail: "t@x", action: "t", outcome: "ok" as const })),
      )
      .returning({ id: auditEvents.id });
    const [e0, e1, e2] = rows.map((row) => row.id);
    const ids = async (from?: Date, to?: Date) =>
      (await listAuditEvents(db(), { userId, from, to })).rows.map((row) => row.id);
    expect(await ids(at(1))).toEqual([e2, e1]);
    expect(await ids(undefined, at(1))).toEqual([e0]);
    expect(await ids(at(0), at(3_600_000))).toEqual([e1, e0]);
    expect(await ids(at(3_600_001))).toEqual([]);
  });

  it("pages by offset and by keyset cursor in (at desc, id desc) order, also across equal timestamps", async () => {
    const userId = randomUUID();
    // Several rows share a timestamp, so the cursor must break ties by id.
    const times = [0, 0, 0, 5, 5, 9, 9].map((ms) => new Date(Date.UTC(2021, 0, 1) + ms));
    const made: { id: number; at: Date }[] = [];
    for (const at of times) {
      const [row] = await db()
        .insert(auditEvents)
        .values({ at, userId, userEmail: "p@x", action: "page", outcome: "ok" })
        .returning({ id: auditEvents.id, at: auditEvents.at });
      if (row) made.push(row);
    }
    const expected = [...made].sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id).map((row) => row.id);
    expect(expected).toEqual([made[6], made[5], made[4], made[3], made[2], made[1], made[0]].map((r) => r?.id));

    const first = await listAuditEvents(db(), { userId }, { limit: 3 });
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 3));
    expect(first.total).toBe(7);
    expect(first.nextCursor).toEqual({ at: first.rows[2]?.at, id: expected[2] });

    const byOffset = await listAuditEvents(db(), { userId }, { limit: 3, offset: 3 });
    expect(byOffset.rows.map((r) => r.id)).toEqual(expected.slice(3, 6));

    const seen: number[] = [];
    let cursor = first.nextCursor;
    seen.push(...first.rows.map((r) => r.id));
    while (cursor) {
      const page = await listAuditEvents(db(), { userId }, { limit: 3, after: cursor });
      expect(page.total).toBe(7);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(expected);
  });
});
