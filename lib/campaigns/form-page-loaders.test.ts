/**
 * The two form pages' loaders through the real path (process-wide client → in-process emulator, PGlite): each
 * returns one state the page renders, computed from what CCC holds and who asks.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { APP_A, fakeUser } from "@/lib/actions/testing/action-harness";
import { getDb, saveCampaignLists } from "@/lib/db";
import { loadNewCruiseCampaign } from "./cruise/load-new.server";
import { loadPredictiveEdit } from "./predictive/load-edit.server";
import { setUpLoaderHarness } from "./testing/loader-harness";

const harness = setUpLoaderHarness();
const supervisor = fakeUser("supervisor", [APP_A], randomUUID());

async function campaignIn(status: number) {
  const app = (await harness().emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const campaign = app?.predictiveCampaigns.find((c) => c.Status === status);
  if (!campaign) throw new Error(`no campaign in status ${status}`);
  return { sdkAppId: String(APP_A), campaignId: String(campaign.CampaignId) };
}

describe("loadPredictiveEdit", () => {
  it("editable: a pending campaign, for a supervisor, with the lists the console last sent", async () => {
    const route = await campaignIn(0);
    const ref = { kind: "predictive" as const, sdkAppId: APP_A, campaignId: Number(route.campaignId) };
    expect(await loadPredictiveEdit(route, supervisor)).toMatchObject({ state: "editable", lists: null });
    await saveCampaignLists(await getDb(), {
      ...ref,
      submittedBy: supervisor.id,
      callees: ["+8613800000001"],
      callers: [],
    });
    expect(await loadPredictiveEdit(route, supervisor)).toMatchObject({
      state: "editable",
      campaign: { campaignId: ref.campaignId, snapshot: { status: "pending" } },
      lists: { callees: ["+8613800000001"], callers: [], submittedAt: expect.any(String) },
    });
  });

  it("read-only with the reason: running, or a role that may not edit; notFound for another app", async () => {
    expect(await loadPredictiveEdit(await campaignIn(1), supervisor)).toMatchObject({
      state: "readOnly",
      reason: "running",
    });
    expect(await loadPredictiveEdit(await campaignIn(0), fakeUser("viewer", [APP_A]))).toMatchObject({
      state: "readOnly",
      reason: "noPermission",
    });
    expect(await loadPredictiveEdit(await campaignIn(0), fakeUser("supervisor", []))).toEqual({ state: "notFound" });
  });
});

describe("loadNewCruiseCampaign", () => {
  it("forbidden for a viewer, noApps without apps, ready with blank values otherwise", async () => {
    expect(await loadNewCruiseCampaign(fakeUser("viewer", [APP_A]), {})).toEqual({ state: "forbidden" });
    expect(await loadNewCruiseCampaign(fakeUser("supervisor", []), {})).toEqual({ state: "noApps" });
    expect(await loadNewCruiseCampaign(supervisor, {})).toMatchObject({
      state: "ready",
      appIds: [APP_A],
      initialValues: { sdkAppId: APP_A, name: "" },
      clone: null,
    });
  });

  it("a clone of a campaign the user may not see is ignored; an unreadable one says so", async () => {
    expect(await loadNewCruiseCampaign(supervisor, { app: "1", from: "5" })).toMatchObject({ clone: null });
    await harness().emulator.admin.injectFault({
      action: "DescribeAgentCruiseDialingCampaign",
      kind: "error",
      code: "InternalError",
    });
    expect(await loadNewCruiseCampaign(supervisor, { app: String(APP_A), from: "5" })).toMatchObject({
      state: "ready",
      clone: { campaignId: 5, prefill: null },
    });
  });
});
