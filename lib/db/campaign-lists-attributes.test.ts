import { randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  decodeCalleeAttributes,
  encodeCalleeAttributes,
  latestCampaignLists,
  saveCampaignLists,
} from "./campaign-lists";
import { campaignLists } from "./schema";
import { describeEachBackend } from "./test-support/test-db";

const CALLEES = ["+8613800000001", "+8613800000002", "+8613800000003"];
const DATA = [
  { callee: "+8613800000003", variables: [{ key: "name", value: "王" }] },
  { callee: "+8613800000001", uui: "order-1", variables: [{ key: "name", value: "Zhang" }] },
];

describe("per-callee data encoding", () => {
  it("aligns the data with the callees and reads it back in list order", async () => {
    const encoded = await encodeCalleeAttributes(CALLEES, DATA);
    if (!encoded) throw new Error("nothing encoded");
    expect(JSON.parse(gunzipSync(encoded).toString("utf8"))).toEqual([
      { uui: "order-1", variables: [{ key: "name", value: "Zhang" }] },
      null,
      { variables: [{ key: "name", value: "王" }] },
    ]);
    expect(await decodeCalleeAttributes(encoded, CALLEES)).toEqual([DATA[1], DATA[0]]);
    expect(await encodeCalleeAttributes(CALLEES, [])).toBeNull();
    expect(await decodeCalleeAttributes(null, CALLEES)).toEqual([]);
    await expect(encodeCalleeAttributes(CALLEES, [{ callee: "+8613900000000", uui: "x" }])).rejects.toThrow(
      "not in the list",
    );
    await expect(decodeCalleeAttributes(encoded, CALLEES.slice(1))).rejects.toThrow("does not line up");
  });
});

describeEachBackend("campaign lists with per-callee data", ({ db }) => {
  it("stores the data sent with a list and returns it with the latest submission; none is SQL null", async () => {
    const ref = { kind: "predictive" as const, sdkAppId: 1400000001, campaignId: 9_001 };
    const submittedBy = randomUUID();
    const first = await saveCampaignLists(db(), {
      ...ref,
      submittedBy,
      callees: CALLEES,
      callers: ["+862160000001"],
      calleeAttributes: DATA,
    });
    expect(await latestCampaignLists(db(), ref)).toMatchObject({
      id: first.id,
      callees: CALLEES,
      calleeAttributes: [DATA[1], DATA[0]],
    });

    const second = await saveCampaignLists(db(), { ...ref, submittedBy, callees: CALLEES, callers: ["+862160000001"] });
    expect(await latestCampaignLists(db(), ref)).toMatchObject({ id: second.id, calleeAttributes: [] });
    const [raw] = await db()
      .select({ data: campaignLists.calleeAttributes })
      .from(campaignLists)
      .where(eq(campaignLists.id, second.id));
    expect(raw).toEqual({ data: null });
  });
});
