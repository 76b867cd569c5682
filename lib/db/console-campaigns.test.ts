import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import {
  findConsoleCampaign,
  listConsoleCampaignAgents,
  listConsoleCampaigns,
  recordConsoleCampaign,
} from "./console-campaigns";
import { describeEachBackend } from "./test-support/test-db";

describeEachBackend("console campaigns repository", ({ db }) => {
  const createdBy = randomUUID();
  const base = { kind: "cruise" as const, createdBy, createdByEmail: "sup@example.com" };

  it("records a created campaign once, even when the create is replayed", async () => {
    const first = await recordConsoleCampaign(db(), {
      ...base,
      sdkAppId: 1400000001,
      campaignId: 7001,
      name: "Renewals",
      agent: "li.na@example.com",
      cccRequestId: "req-1",
    });
    const replay = await recordConsoleCampaign(db(), {
      ...base,
      sdkAppId: 1400000001,
      campaignId: 7001,
      name: "Renewals (replay)",
      agent: "li.na@example.com",
    });
    expect(replay.id).toBe(first.id);
    expect(replay.name).toBe("Renewals");
    expect(await findConsoleCampaign(db(), { kind: "predictive", sdkAppId: 1400000001, campaignId: 7001 })).toBeNull();
  });

  it("lists newest first within the viewer's apps, filtered by agent", async () => {
    for (const [campaignId, sdkAppId, agent] of [
      [7101, 1400000011, "a@example.com"],
      [7102, 1400000011, "b@example.com"],
      [7103, 1400000012, "a@example.com"],
      [7104, 1400000013, "a@example.com"],
    ] as const) {
      await recordConsoleCampaign(db(), { ...base, sdkAppId, campaignId, name: `c${campaignId}`, agent });
    }
    const apps = [1400000011, 1400000012];
    const all = await listConsoleCampaigns(db(), { kind: "cruise", sdkAppIds: apps });
    expect(all.total).toBe(3);
    expect(all.rows.map((row) => row.campaignId)).toEqual([7103, 7102, 7101]);

    const agentA = await listConsoleCampaigns(db(), { kind: "cruise", sdkAppIds: apps, agent: "a@example.com" });
    expect(agentA.rows.map((row) => row.campaignId)).toEqual([7103, 7101]);

    const paged = await listConsoleCampaigns(db(), { kind: "cruise", sdkAppIds: apps }, { limit: 1, offset: 1 });
    expect(paged).toMatchObject({ total: 3, rows: [{ campaignId: 7102 }] });

    expect(await listConsoleCampaigns(db(), { kind: "cruise", sdkAppIds: [] })).toEqual({ rows: [], total: 0 });
    expect(await listConsoleCampaignAgents(db(), { kind: "cruise", sdkAppIds: apps })).toEqual([
      "a@example.com",
      "b@example.com",
    ]);
  });
});
