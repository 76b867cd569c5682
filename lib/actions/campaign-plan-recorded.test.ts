/**
 * Issue 12, part 7, through the real path: a cruise create and a predictive save record the zone their times were
 * entered in (campaign_plans), a later save replaces it, and a bad zone is a field error before CCC is called.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { findCampaignPlan, getDb } from "@/lib/db";
import { createAgentCruiseCampaignAction } from "./create-agent-cruise-campaign-action";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { editFor } from "./testing/predictive-edit";
import { cruiseInput } from "./testing/refusal-inputs";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const USER_ID = "00000000-0000-4000-8000-0000000000d7";
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(() => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A], USER_ID));
});

describe("the zone a campaign was planned in", () => {
  it("is recorded by a cruise create", async () => {
    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
    const input = {
      ...cruiseInput(APP_A, randomUUID()),
      agent: app?.staff[0]?.Mail,
      callers: [app?.numbers.find((n) => n.State === 1)?.Number],
      timeZone: "America/New_York",
    };
    const result = await createAgentCruiseCampaignAction(input as never);
    expect(result.serverError).toBeUndefined();
    const campaignId = result.data?.campaignId ?? 0;
    expect(await findCampaignPlan(await getDb(), { kind: "cruise", sdkAppId: APP_A, campaignId })).toMatchObject({
      timeZone: "America/New_York",
      updatedBy: USER_ID,
    });
  });

  it("is recorded by a predictive save and replaced by the next one", async () => {
    const { campaign, snapshot, edit } = await editFor(harness, 0);
    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId: campaign.CampaignId };
    const first = await updatePredictiveCampaignAction({ ...edit, snapshot, timeZone: "America/New_York" });
    expect(first.data).toMatchObject({ outcome: "saved" });
    expect((await findCampaignPlan(await getDb(), ref))?.timeZone).toBe("America/New_York");

    const second = await updatePredictiveCampaignAction({ ...edit, snapshot, timeZone: "Europe/Berlin" });
    expect(second.data).toMatchObject({ outcome: "saved" });
    expect((await findCampaignPlan(await getDb(), ref))?.timeZone).toBe("Europe/Berlin");
  });

  it("refuses an unknown zone as a field error, before CCC", async () => {
    const { snapshot, edit } = await editFor(harness, 0);
    const before = (await harness.emulator.admin.requestCounts()).total;
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot, timeZone: "Mars/Olympus" });
    expect(result.validationErrors?.fieldErrors.timeZone).toEqual(["timeZoneUnknown"]);
    expect((await harness.emulator.admin.requestCounts()).total).toBe(before);
  });
});
