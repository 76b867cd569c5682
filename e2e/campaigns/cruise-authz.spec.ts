/**
 * A viewer may follow cruise campaigns but not create or abort them: the pages do not offer it, and calling the
 * actions directly (they are public POST endpoints) is refused before anything reaches CCC.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { storageStatePath } from "../support/users";
import { CREATE_ACTION, createCalls, demoApp } from "./cruise-helpers";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("the create page says no, and the list offers no New campaign", async ({ page }) => {
    await page.goto("/campaigns/cruise/new");
    await expect(page.getByText("You do not have permission to do this.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create campaign" })).toHaveCount(0);
    await page.goto("/campaigns/cruise");
    await expect(page.getByRole("heading", { level: 1, name: "Agent cruise campaigns" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("calling the create action directly is refused and CCC gets nothing", async ({ page, emulator }) => {
    const id = actionId("createAgentCruiseCampaignAction");
    expect(id, "createAgentCruiseCampaignAction should be in the build's action manifest").toBeTruthy();
    const { sdkAppId, agent, callers } = await demoApp(emulator);
    const start = Math.floor(Date.now() / 1000) + 3600;
    const before = await createCalls(emulator);
    const response = await postAction(page.request, "/campaigns/cruise/new", id ?? "", [
      {
        sdkAppId,
        name: "Intruder",
        agent: agent.Mail,
        concurrencyNumber: 1,
        startTime: start,
        endTime: start + 3600,
        callees: "+8613800138001",
        callers: callers.slice(0, 1),
        callOrder: 0,
        uui: "",
        idempotencyKey: crypto.randomUUID(),
      },
    ]);
    const body = await response.text();
    expect(body).toContain('"code":"forbidden"');
    expect(await createCalls(emulator)).toBe(before);
    expect((await emulator.requestCounts()).byAction[CREATE_ACTION]?.total ?? 0).toBe(before);
  });

  test("calling the abort action directly is refused and CCC gets nothing", async ({ page, emulator }) => {
    const id = actionId("abortAgentCruiseCampaignAction");
    expect(id).toBeTruthy();
    const app = (await emulator.state()).apps[0];
    const campaign = app?.cruiseCampaigns.find((c) => c.State === 0 || c.State === 1);
    const aborts = async () => (await emulator.requestCounts()).byAction.AbortAgentCruiseDialingCampaign?.total ?? 0;
    const before = await aborts();
    const response = await postAction(page.request, "/campaigns/cruise", id ?? "", [
      { sdkAppId: app?.SdkAppId, campaignId: campaign?.CampaignId },
    ]);
    expect(await response.text()).toContain('"code":"forbidden"');
    expect(await aborts()).toBe(before);
  });

  test("a campaign page shows state and progress without Abort or Clone", async ({ page, emulator }) => {
    const app = (await emulator.state()).apps[0];
    const campaign = app?.cruiseCampaigns.find((c) => c.State === 1);
    await page.goto(`/campaigns/cruise/${app?.SdkAppId}/${campaign?.CampaignId}`);
    await expect(page.getByTestId("campaign-live").locator("[data-state]")).toHaveText("Running");
    await expect(page.getByRole("button", { name: "Abort campaign" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Clone into a new campaign" })).toHaveCount(0);
    await expect(page.getByTestId("detail-agent")).toHaveText(campaign?.Agent ?? "");
    await expectNoSeriousA11yViolations(page);
  });
});

test("a campaign of an app the user lacks is not found", async ({ page }) => {
  await page.goto("/campaigns/cruise/999999/1501");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
