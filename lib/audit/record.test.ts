import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CccError } from "@/lib/ccc/errors";
import { type AuditEvent, createUser, listAuditEvents, settleInterruptedAuditEvents } from "@/lib/db";
import { openTestPglite, type TestDatabase } from "@/lib/db/test-support/test-db";
import { reduceSummary, withAudit } from "./record";

let database: TestDatabase;
let user: { id: string; email: string };
beforeAll(async () => {
  database = await openTestPglite();
  const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
  user = await createUser(database.handle.db, {
    email: "a@test.local",
    displayName: "A",
    passwordHash: hash,
    role: "admin",
  });
}, 120_000);
afterAll(async () => database?.dispose());

const latest = async () => (await listAuditEvents(database.handle.db, {}, { limit: 1 })).rows[0];
const context = (summary = {}) => ({
  user,
  action: "PausePredictiveDialingCampaign",
  sdkAppId: 1400000001,
  campaignId: 7,
  summary,
  db: database.handle.db,
});

describe("withAudit", () => {
  it("records ok with the response's RequestId and returns the result", async () => {
    const result = await withAudit(context(), async () => ({ RequestId: "req-ok" }));
    expect(result).toEqual({ RequestId: "req-ok" });
    expect(await latest()).toMatchObject({ outcome: "ok", cccRequestId: "req-ok", errorCode: null, campaignId: 7 });
  });

  it("files a create under the CampaignId CCC answered with", async () => {
    await withAudit({ ...context(), action: "CreateAgentCruiseDialingCampaign", campaignId: undefined }, async () => ({
      CampaignId: 100001,
      RequestId: "req-create",
    }));
    expect(await latest()).toMatchObject({ outcome: "ok", campaignId: 100001, cccRequestId: "req-create" });
  });

  it("records error with CCC's code and RequestId, and re-throws the same error", async () => {
    const error = new CccError({
      code: "FailedOperation.CampaignAborted",
      message: "x",
      action: "PausePredictiveDialingCampaign",
      requestId: "req-err",
    });
    await expect(withAudit(context(), () => Promise.reject(error))).rejects.toBe(error);
    expect(await latest()).toMatchObject({
      outcome: "error",
      errorCode: "FailedOperation.CampaignAborted",
      cccRequestId: "req-err",
    });
  });

  it("records unknown when CCC may or may not have applied the change", async () => {
    const error = new CccError({
      code: "Network.OutcomeUnknown",
      message: "x",
      action: "PausePredictiveDialingCampaign",
    });
    await expect(withAudit(context(), () => Promise.reject(error))).rejects.toBe(error);
    expect(await latest()).toMatchObject({
      outcome: "unknown",
      errorCode: "Network.OutcomeUnknown",
      cccRequestId: null,
    });
  });

  it("records unknown when an update's reply was lost after sending, error when the connection never opened", async () => {
    const lost = new CccError({ code: "Network.Timeout", message: "x", action: "UpdatePredictiveDialingCampaign" });
    await expect(withAudit(context(), () => Promise.reject(lost))).rejects.toBe(lost);
    expect(await latest()).toMatchObject({ outcome: "unknown", errorCode: "Network.Timeout" });
    const refused = new CccError({
      code: "Network.ConnectionRefused",
      message: "x",
      action: "UpdatePredictiveDialingCampaign",
    });
    await expect(withAudit(context(), () => Promise.reject(refused))).rejects.toBe(refused);
    expect(await latest()).toMatchObject({ outcome: "error", errorCode: "Network.ConnectionRefused" });
  });

  it("records error 'internal' for a non-CCC failure", async () => {
    await expect(withAudit(context(), () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await latest()).toMatchObject({ outcome: "error", errorCode: "internal" });
  });

  it("writes the row as pending before the call, so a process killed during it still leaves one", async () => {
    let during: AuditEvent | undefined;
    await withAudit(context({ name: "Held" }), async () => {
      during = await latest();
      return { RequestId: "req-held" };
    });
    expect(during).toMatchObject({ outcome: "pending", summary: { name: "Held" }, cccRequestId: null });
    expect(await latest()).toMatchObject({ id: during?.id, outcome: "ok", cccRequestId: "req-held" });
  });

  it("appends the real outcome when the row was declared interrupted while the call ran", async () => {
    await withAudit(context(), async () => {
      await sleep(5); // past the row's millisecond timestamp, so lease 0 covers it
      expect(await settleInterruptedAuditEvents(database.handle.db, 0)).toBe(1);
      return { RequestId: "req-late" };
    });
    const { rows } = await listAuditEvents(database.handle.db, {}, { limit: 2 });
    expect(rows.map((row) => [row.outcome, row.errorCode, row.cccRequestId, row.campaignId])).toEqual([
      ["ok", null, "req-late", 7],
      ["unknown", "Interrupted", null, 7],
    ]);
  });

  it("does not run the call when its pending row cannot be written", async () => {
    const call = vi.fn(async () => ({ RequestId: "never" }));
    const total = (await listAuditEvents(database.handle.db)).total;
    await expect(withAudit({ ...context(), user: { id: "not-a-uuid", email: "x@y" } }, call)).rejects.toThrow();
    expect(call).not.toHaveBeenCalled();
    expect((await listAuditEvents(database.handle.db)).total).toBe(total);
  });

  it("stores callee counts, never the numbers, and drops passwords", async () => {
    await withAudit(
      context({ Callees: ["+8613800000000", "+8613800000001"], password: "hunter2", name: "Spring" }),
      async () => ({}),
    );
    expect((await latest())?.summary).toEqual({ Callees: { count: 2 }, name: "Spring" });
  });
});

describe("reduceSummary", () => {
  it("reduces nested callee lists and keeps other lists", () => {
    expect(reduceSummary({ diff: { callees: { from: ["1"], to: ["1", "2"] } }, sdkAppIds: [1, 2] })).toEqual({
      diff: { callees: { from: { count: 1 }, to: { count: 2 } } },
      sdkAppIds: [1, 2],
    });
  });
});
