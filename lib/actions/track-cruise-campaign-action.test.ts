/**
 * "Add to my list" (issue 12, part 9) through the real path: a cruise campaign made elsewhere (straight through
 * CCC's API on the emulator) is added once, audited, and then listed with its live state; an id CCC does not know is
 * refused with CCC's code and nothing is recorded.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { loadCruiseList } from "@/lib/campaigns/cruise/load.server";
import { getCccClient } from "@/lib/ccc/server";
import { findConsoleCampaign, getDb, listAuditEvents } from "@/lib/db";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { countRowsForTest } from "./testing/count-rows";
import { trackCruiseCampaignAction } from "./track-cruise-campaign-action";

const session = vi.mocked(getSessionUser);
const USER_ID = "00000000-0000-4000-8000-0000000000e9";
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A], USER_ID));
});

async function createdElsewhere(name: string): Promise<{ campaignId: number; agent: string }> {
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const agent = app?.staff[0]?.Mail ?? "";
  const start = Math.floor(Date.now() / 1000) + 3600;
  const { CampaignId } = await getCccClient().createAgentCruiseDialingCampaign({
    SdkAppId: APP_A,
    Name: name,
    Agent: agent,
    ConcurrencyNumber: 2,
    StartTime: start,
    EndTime: start + 3600,
    Callees: ["+8613800000001"],
  });
  return { campaignId: CampaignId, agent };
}

describe("trackCruiseCampaignAction", () => {
  it("adds a campaign made elsewhere once, audited, and the list then shows it with its live state", async () => {
    const { campaignId, agent } = await createdElsewhere("Made in another tool");
    const ref = { kind: "cruise" as const, sdkAppId: APP_A, campaignId };
    expect(await findConsoleCampaign(await getDb(), ref)).toBeNull();

    const first = await trackCruiseCampaignAction({ sdkAppId: APP_A, campaignId });
    expect(first.serverError).toBeUndefined();
    expect(first.data).toEqual({ outcome: "added", sdkAppId: APP_A, campaignId });
    expect(await findConsoleCampaign(await getDb(), ref)).toMatchObject({
      name: "Made in another tool",
      agent,
      createdBy: USER_ID,
      cccRequestId: null,
    });
    const audit = (await listAuditEvents(await getDb(), { action: "cruise.track" }, { limit: 5 })).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "ok", sdkAppId: APP_A, campaignId });

    const again = await trackCruiseCampaignAction({ sdkAppId: APP_A, campaignId });
    expect(again.data).toEqual({ outcome: "alreadyListed", sdkAppId: APP_A, campaignId });
    expect((await listAuditEvents(await getDb(), { action: "cruise.track" }, { limit: 5 })).rows).toHaveLength(1);

    const list = await loadCruiseList({}, [APP_A], { describeWaitMs: undefined });
    const row = list.rows.find((r) => r.record.campaignId === campaignId);
    expect(row?.describe).toMatchObject({ ok: true, view: { name: "Made in another tool", state: "notStarted" } });
  });

  it("refuses an id CCC does not know with CCC's code, recording nothing", async () => {
    const rows = await countRowsForTest(await getDb());
    const result = await trackCruiseCampaignAction({ sdkAppId: APP_A, campaignId: 987_654 });
    expect(result.data).toBeUndefined();
    expect(result.serverError?.formError?.code).toMatch(/^(ResourceNotFound|InvalidParameter)/);
    expect(await countRowsForTest(await getDb())).toEqual(rows);
  });
});
