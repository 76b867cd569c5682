import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { campaignPlanKey, findCampaignPlan, findCampaignPlans, saveCampaignPlan } from "./campaign-plans";
import { describeEachBackend } from "./test-support/test-db";

describeEachBackend("campaign plans repository", ({ db }) => {
  const creator = randomUUID();
  const editor = randomUUID();
  const ref = { kind: "predictive" as const, sdkAppId: 1400000001, campaignId: 8001 };

  it("keeps one plan per campaign: a later save replaces the zone and who saved it", async () => {
    expect(await findCampaignPlan(db(), ref)).toBeNull();
    const first = await saveCampaignPlan(db(), { ...ref, timeZone: "america/new_york", updatedBy: creator });
    expect(first).toMatchObject({ ...ref, timeZone: "America/New_York", updatedBy: creator });

    const second = await saveCampaignPlan(db(), { ...ref, timeZone: "Europe/Berlin", updatedBy: editor });
    expect(second).toMatchObject({ timeZone: "Europe/Berlin", updatedBy: editor });
    expect(second.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await findCampaignPlan(db(), ref)).toMatchObject({ timeZone: "Europe/Berlin", updatedBy: editor });
    // The same id in the other kind is another campaign.
    expect(await findCampaignPlan(db(), { ...ref, kind: "cruise" })).toBeNull();
  });

  it("keeps the calling windows of the create when a later save (an edit) brings none", async () => {
    const created = { ...ref, campaignId: 8003 };
    const windows = [
      { start: "09:00", end: "12:00" },
      { start: "13:00", end: "18:00" },
    ];
    await saveCampaignPlan(db(), { ...created, timeZone: "Asia/Tokyo", updatedBy: creator, availableTime: windows });
    expect(await findCampaignPlan(db(), created)).toMatchObject({ availableTime: windows });
    await saveCampaignPlan(db(), { ...created, timeZone: "UTC", updatedBy: editor });
    expect(await findCampaignPlan(db(), created)).toMatchObject({ timeZone: "UTC", availableTime: windows });
    // A plan made without windows has none.
    const plain = await saveCampaignPlan(db(), { ...ref, campaignId: 8004, timeZone: "UTC", updatedBy: creator });
    expect(plain.availableTime).toBeNull();
  });

  it("refuses an unknown zone without writing", async () => {
    const other = { ...ref, campaignId: 8002 };
    await expect(saveCampaignPlan(db(), { ...other, timeZone: "Mars/Olympus", updatedBy: creator })).rejects.toThrow(
      RangeError,
    );
    expect(await findCampaignPlan(db(), other)).toBeNull();
  });

  it("loads the plans of a page of campaigns across apps in one call", async () => {
    const rows = [
      { sdkAppId: 1400000021, campaignId: 1, timeZone: "Asia/Tokyo" },
      { sdkAppId: 1400000021, campaignId: 2, timeZone: "UTC" },
      { sdkAppId: 1400000022, campaignId: 1, timeZone: "America/Chicago" },
    ];
    for (const row of rows) await saveCampaignPlan(db(), { kind: "cruise", ...row, updatedBy: creator });
    await saveCampaignPlan(db(), {
      kind: "predictive",
      sdkAppId: 1400000021,
      campaignId: 3,
      timeZone: "UTC",
      updatedBy: creator,
    });

    const plans = await findCampaignPlans(db(), "cruise", [
      { sdkAppId: 1400000021, campaignId: 1 },
      { sdkAppId: 1400000022, campaignId: 1 },
      { sdkAppId: 1400000021, campaignId: 3 },
      { sdkAppId: 1400000023, campaignId: 2 },
    ]);
    expect([...plans.keys()].sort()).toEqual(["1400000021:1", "1400000022:1"]);
    expect(plans.get(campaignPlanKey({ sdkAppId: 1400000022, campaignId: 1 }))?.timeZone).toBe("America/Chicago");
    expect(await findCampaignPlans(db(), "cruise", [])).toEqual(new Map());
  });
});
