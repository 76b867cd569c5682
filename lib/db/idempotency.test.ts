import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  type BeginIdempotentInput,
  beginIdempotentRequest,
  completeIdempotentRequest,
  failIdempotentRequest,
  hashRequest,
  markStalePendingUnknown,
} from "./idempotency";
import { idempotencyKeys } from "./schema";
import { describeEachBackend } from "./test-support/test-db";

describe("hashRequest", () => {
  it("ignores key order but not array order or values", () => {
    const a = hashRequest({ Name: "x", Callees: ["+861", "+862"], Opts: { a: 1, b: 2 } });
    expect(hashRequest({ Opts: { b: 2, a: 1 }, Callees: ["+861", "+862"], Name: "x" })).toBe(a);
    expect(hashRequest({ Name: "x", Callees: ["+862", "+861"], Opts: { a: 1, b: 2 } })).not.toBe(a);
    expect(hashRequest({ Name: "y", Callees: ["+861", "+862"], Opts: { a: 1, b: 2 } })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

function request(overrides: Partial<BeginIdempotentInput> = {}): BeginIdempotentInput {
  return {
    key: randomUUID(),
    userId: randomUUID(),
    action: "CreatePredictiveDialingCampaign",
    sdkAppId: 1400000001,
    requestHash: hashRequest({ Name: "spring", Callees: ["+8613800000000"] }),
    ...overrides,
  };
}

describeEachBackend("idempotency repository", ({ db }) => {
  it("begin twice: new, then pending; after complete, done with the first result", async () => {
    const input = request();
    expect(await beginIdempotentRequest(db(), input)).toEqual({ status: "new" });
    const second = await beginIdempotentRequest(db(), input);
    expect(second).toMatchObject({ status: "pending" });
    expect(second.status === "pending" && second.since).toBeInstanceOf(Date);

    expect(await completeIdempotentRequest(db(), input.key, { CampaignId: 42, RequestId: "r-1" })).toBe(true);
    expect(await beginIdempotentRequest(db(), input)).toEqual({
      status: "done",
      state: "succeeded",
      result: { CampaignId: 42, RequestId: "r-1" },
      errorCode: null,
    });
    // Settled keys stay settled: a late second completion changes nothing.
    expect(await completeIdempotentRequest(db(), input.key, { CampaignId: 43, RequestId: "r-2" })).toBe(false);
    expect(await failIdempotentRequest(db(), input.key, "Timeout", "unknown")).toBe(false);
    expect(await beginIdempotentRequest(db(), input)).toMatchObject({ result: { CampaignId: 42 } });
  });

  it("many concurrent begins with one key: exactly one gets new", async () => {
    const input = request();
    const results = await Promise.all(Array.from({ length: 8 }, () => beginIdempotentRequest(db(), input)));
    expect(results.filter((r) => r.status === "new")).toHaveLength(1);
    expect(results.filter((r) => r.status === "pending")).toHaveLength(7);
  });

  it("the same key with a different payload, user, action or app is a mismatch", async () => {
    const input = request();
    await beginIdempotentRequest(db(), input);
    for (const change of [
      { requestHash: hashRequest({ Name: "other" }) },
      { userId: randomUUID() },
      { action: "CreateAgentCruiseDialingCampaign" },
      { sdkAppId: 1400000002 },
    ]) {
      expect(await beginIdempotentRequest(db(), { ...input, ...change })).toEqual({ status: "mismatch" });
    }
  });

  it("records failed and unknown outcomes and reports them on a repeat", async () => {
    const failed = request();
    await beginIdempotentRequest(db(), failed);
    expect(await failIdempotentRequest(db(), failed.key, "InvalidParameterValue", "failed", { RequestId: "r-9" })).toBe(
      true,
    );
    expect(await beginIdempotentRequest(db(), failed)).toEqual({
      status: "done",
      state: "failed",
      result: { RequestId: "r-9" },
      errorCode: "InvalidParameterValue",
    });

    const unknown = request();
    await beginIdempotentRequest(db(), unknown);
    await failIdempotentRequest(db(), unknown.key, "Timeout", "unknown");
    expect(await beginIdempotentRequest(db(), unknown)).toEqual({
      status: "done",
      state: "unknown",
      result: null,
      errorCode: "Timeout",
    });
  });

  it("marks keys pending for too long as unknown, leaving recent ones alone", async () => {
    const old = request();
    const recent = request();
    await beginIdempotentRequest(db(), old);
    await beginIdempotentRequest(db(), recent);
    await db()
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '1 hour'` })
      .where(eq(idempotencyKeys.key, old.key));
    expect(await markStalePendingUnknown(db(), new Date(Date.now() - 10 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await beginIdempotentRequest(db(), old)).toMatchObject({
      status: "done",
      state: "unknown",
      errorCode: "StalePending",
    });
    expect(await beginIdempotentRequest(db(), recent)).toMatchObject({ status: "pending" });
  });

  it("refuses an empty or oversized key", async () => {
    await expect(beginIdempotentRequest(db(), request({ key: "" }))).rejects.toMatchObject({ code: "23514" });
    await expect(beginIdempotentRequest(db(), request({ key: "k".repeat(201) }))).rejects.toMatchObject({
      code: "23514",
    });
  });
});
