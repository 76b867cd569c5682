import { randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decodeCallees, encodeCallees, latestCampaignLists, saveCampaignLists } from "./campaign-lists";
import { campaignLists } from "./schema";
import { describeEachBackend } from "./test-support/test-db";

/** Deterministic pseudo-random CN mobile numbers (worst case for compression: no runs, no sorting). */
function numbers(count: number, seed = 1): string[] {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`+861${3 + (state % 7)}${String(state % 1_000_000_000).padStart(9, "0")}`);
  }
  return out;
}

describe("callee encoding", () => {
  it("round-trips order and refuses numbers that would break the format", async () => {
    const list = ["+8613800000002", "+8613800000001", "+12025550123"];
    expect(await decodeCallees(await encodeCallees(list), 3)).toEqual(list);
    expect(await decodeCallees(await encodeCallees([]), 0)).toEqual([]);
    await expect(encodeCallees(["+861", "bad\nline"])).rejects.toThrow("Callee 2 is empty or contains a line break");
    await expect(encodeCallees([""])).rejects.toThrow("Callee 1 is empty");
    await expect(decodeCallees(await encodeCallees(list), 2)).rejects.toThrow("holds 3 numbers, expected 2");
  });
});

describeEachBackend("campaign lists repository", ({ db }) => {
  it("stores 100,000 callees compactly and loads them back exactly, in order", async () => {
    const callees = numbers(100_000);
    const callers = ["+862160000001", "+862160000002"];
    const submittedBy = randomUUID();
    const saved = await saveCampaignLists(db(), {
      kind: "predictive",
      sdkAppId: 1400000001,
      campaignId: 501,
      submittedBy,
      callees,
      callers,
    });
    expect(saved.calleeCount).toBe(100_000);
    const rawBytes = callees.join("\n").length;
    expect(saved.storedBytes).toBeLessThan(rawBytes * 0.45);

    const loaded = await latestCampaignLists(db(), { kind: "predictive", sdkAppId: 1400000001, campaignId: 501 });
    expect(loaded?.callees).toHaveLength(100_000);
    // Compare element by element and report the first difference: a deep-equality diff of two 100,000-element
    // arrays takes the reporter minutes.
    const firstDifference = callees.findIndex((number, i) => loaded?.callees[i] !== number);
    expect(
      firstDifference === -1 ? "identical" : { index: firstDifference, got: loaded?.callees[firstDifference] },
    ).toBe("identical");
    expect(loaded).toMatchObject({
      id: saved.id,
      kind: "predictive",
      sdkAppId: 1400000001,
      campaignId: 501,
      submittedBy,
      callers,
    });
    expect(loaded?.submittedAt).toEqual(saved.submittedAt);

    // The column holds plain gzip, readable without this module (and typed as bytes by a plain select).
    const [raw] = await db()
      .select({ callees: campaignLists.callees })
      .from(campaignLists)
      .where(eq(campaignLists.id, saved.id));
    expect(raw?.callees).toBeInstanceOf(Uint8Array);
    expect(raw?.callees.byteLength).toBe(saved.storedBytes);
    expect(gunzipSync(raw?.callees ?? new Uint8Array()).toString("utf8") === callees.join("\n")).toBe(true);
  }, 60_000);

  it("returns the latest submission per (kind, app, campaign), one row per submission", async () => {
    const user = randomUUID();
    const campaignId = 9007199254740000;
    const first = await saveCampaignLists(db(), {
      kind: "predictive",
      sdkAppId: 1400000001,
      campaignId,
      submittedBy: user,
      callees: ["+8613800000001"],
      callers: ["+862100000001"],
    });
    const second = await saveCampaignLists(db(), {
      kind: "predictive",
      sdkAppId: 1400000001,
      campaignId,
      submittedBy: user,
      callees: ["+8613800000003", "+8613800000002"],
      callers: [],
    });
    await saveCampaignLists(db(), {
      kind: "predictive",
      sdkAppId: 1400000002,
      campaignId,
      submittedBy: user,
      callees: ["+8613900000000"],
      callers: ["+862100000009"],
    });
    // Same app and id, other kind: CCC numbers cruise and predictive campaigns separately.
    await saveCampaignLists(db(), {
      kind: "cruise",
      sdkAppId: 1400000001,
      campaignId,
      submittedBy: user,
      callees: ["+8613700000000"],
      callers: [],
    });
    expect(second.id).toBeGreaterThan(first.id);

    const predictive = (sdkAppId: number) => ({ kind: "predictive" as const, sdkAppId, campaignId });
    const latest = await latestCampaignLists(db(), predictive(1400000001));
    expect(latest).toMatchObject({ id: second.id, callees: ["+8613800000003", "+8613800000002"], callers: [] });
    expect((await latestCampaignLists(db(), predictive(1400000002)))?.callees).toEqual(["+8613900000000"]);
    expect(await latestCampaignLists(db(), predictive(1400000003))).toBeNull();
    const cruise = await latestCampaignLists(db(), { kind: "cruise", sdkAppId: 1400000001, campaignId });
    expect(cruise).toMatchObject({ kind: "cruise", callees: ["+8613700000000"] });
    const rows = await db()
      .select({ id: campaignLists.id })
      .from(campaignLists)
      .where(eq(campaignLists.campaignId, campaignId));
    expect(rows).toHaveLength(4);
  });

  it("stores an empty callee list", async () => {
    const ref = { kind: "cruise", sdkAppId: 1, campaignId: 2 } as const;
    await saveCampaignLists(db(), { ...ref, submittedBy: randomUUID(), callees: [], callers: [] });
    expect(await latestCampaignLists(db(), ref)).toMatchObject({ callees: [], callers: [] });
  });
});
