/**
 * Freshness the user can see, through the real path: each polled page picks up a change made in CCC (the emulator's
 * admin API) on its own, says "Updated N s ago", keeps the last data and says so when a refresh fails, and sends no
 * request while the tab is hidden. The page's timers run on Playwright's clock, so a 10 s poll takes no 10 s here.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { demoApp } from "./cruise-helpers";
import { campaignWithStatus, detailPath } from "./predictive-helpers";

/** Requests the page sends whose URL contains `part` (a route's path), from now on. */
function requestsTo(page: Page, part: string) {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(part)) seen.push(request.url());
  });
  return { count: () => seen.length };
}

/** What a browser does when the tab goes to the background or comes back. */
async function setVisibility(page: Page, state: "hidden" | "visible") {
  await page.evaluate((next) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => next });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => next === "hidden" });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, state);
}

/** Hides the tab for `minutes` of page time, checks nothing was polled, then shows it: one refresh at once. */
async function expectNoPollWhileHidden(page: Page, route: string, minutes: number) {
  const freshness = page.getByTestId("freshness");
  const polls = requestsTo(page, route);
  await setVisibility(page, "hidden");
  await expect(freshness).toHaveAttribute("data-polling", "hidden");
  for (let i = 0; i < minutes * 6; i++) await page.clock.fastForward(10_000);
  await page.waitForTimeout(500);
  expect(polls.count()).toBe(0);
  await setVisibility(page, "visible");
  await expect.poll(polls.count).toBe(1);
  await expect(freshness).toHaveAttribute("data-polling", "on");
  await expect(page.getByTestId("freshness-age")).toHaveText(/^Updated (just now|[1-3] s ago)$/);
}

const age = (page: Page) => page.getByTestId("freshness-age");

/** Waits until the page has hydrated (its clock ticks, its polls are scheduled) before moving the clock. */
async function waitForLive(page: Page) {
  await expect(page.getByTestId("freshness")).toHaveAttribute("data-ticking", "true");
}

test("the predictive list refreshes by itself, ticks its age, and does not poll while hidden", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
  await page.clock.install();
  await page.goto(`/campaigns/predictive?app=${sdkAppId}`);
  await waitForLive(page);
  const badge = page.locator(`tr[data-campaign-id="${campaign.CampaignId}"] [data-status]`);
  await expect(badge).toHaveAttribute("data-status", "running");
  const freshness = page.getByTestId("freshness");
  await expect(freshness).toHaveAttribute("data-polling", "on");
  await expect(freshness).toContainText("Refreshes every 10 s");
  await page.clock.fastForward(4_000);
  await expect(age(page)).toHaveText(/^Updated [4-9] s ago$/);
  // The ticking text is no live region: only a failed refresh is announced.
  await expect(page.getByTestId("freshness-failure")).toHaveText("");
  expect(await age(page).evaluate((el) => el.closest("[aria-live],[role=status],[role=alert]"))).toBeNull();

  await emulator.setPredictiveCampaign(sdkAppId, campaign.CampaignId, { Status: 2 });
  await page.clock.fastForward(10_000);
  await expect(badge).toHaveAttribute("data-status", "paused");
  await expect(age(page)).toHaveText(/^Updated (just now|[1-3] s ago)$/);

  await expectNoPollWhileHidden(page, `/api/apps/${sdkAppId}/predictive-campaigns?`, 2);
});

test("a predictive campaign page polls while it runs and stops once it has ended", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 1);
  const route = `/api/apps/${sdkAppId}/predictive-campaigns/${campaign.CampaignId}`;
  await page.clock.install();
  await page.goto(detailPath(sdkAppId, campaign.CampaignId));
  await waitForLive(page);
  await expect(page.getByTestId("field-status")).toContainText("Running");
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 5 s");
  await expect(age(page)).toHaveText(/^Updated (just now|\d s ago)$/);

  await emulator.setPredictiveCampaign(sdkAppId, campaign.CampaignId, { Status: 2 });
  await page.clock.fastForward(5_000);
  await expect(page.getByTestId("field-status")).toContainText("Paused");
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 15 s");
  await expectNoPollWhileHidden(page, route, 1);

  await emulator.setPredictiveCampaign(sdkAppId, campaign.CampaignId, { Status: 3 });
  await page.clock.fastForward(15_000);
  await expect(page.getByTestId("field-status")).toContainText("Aborted");
  const freshness = page.getByTestId("freshness");
  await expect(freshness).toHaveAttribute("data-polling", "off");
  await expect(freshness).toContainText("The campaign has ended; it no longer changes.");
  const after = requestsTo(page, route);
  for (let i = 0; i < 6; i++) await page.clock.fastForward(10_000);
  await page.waitForTimeout(500);
  expect(after.count()).toBe(0);
});

/** Creates a cruise campaign through its server action (as the form does), an hour ahead; returns its id. */
async function createCruiseCampaign(page: Page, emulator: EmulatorAdmin, name: string) {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const start = Math.floor(Date.now() / 1000) + 3600;
  const input = {
    sdkAppId,
    name,
    agent: agent.Mail,
    concurrencyNumber: 1,
    startTime: start,
    endTime: start + 3600,
    callees: "+8613800139001\n+8613800139002",
    callers: callers.slice(0, 1),
    callOrder: 0,
    uui: "",
    idempotencyKey: randomUUID(),
  };
  const id = actionId("createAgentCruiseCampaignAction") ?? "";
  expect((await postAction(page.request, "/campaigns/cruise/new", id, [input])).status()).toBe(200);
  const created = (await emulator.state()).apps[0]?.cruiseCampaigns.find((c) => c.Name === name);
  if (!created) throw new Error(`${name} was not created`);
  return { sdkAppId, campaignId: created.CampaignId };
}

test("the cruise list refreshes by itself and does not poll while hidden", async ({ page, emulator }) => {
  const { sdkAppId, campaignId } = await createCruiseCampaign(page, emulator, "Fresh list");
  await page.clock.install();
  await page.goto("/campaigns/cruise");
  await waitForLive(page);
  const badge = page.locator(`tr[data-campaign-id="${campaignId}"] [data-state]`);
  await expect(badge).toHaveText("Not started");
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 15 s");

  await emulator.setCruiseCampaign(sdkAppId, campaignId, { State: 1, CalledCalleeCount: 1 });
  await page.clock.fastForward(15_000);
  await expect(badge).toHaveText("Running");
  await expect(page.locator(`tr[data-campaign-id="${campaignId}"]`)).toContainText("1 / 2 called");

  await expectNoPollWhileHidden(page, "/api/cruise-campaigns", 2);
});

test("a cruise campaign page keeps its last values when a refresh fails, says so, and recovers", async ({
  page,
  emulator,
}) => {
  const app = (await emulator.state()).apps[0];
  const running = app?.cruiseCampaigns.find((c) => c.State === 1);
  if (!app || !running) throw new Error("the emulator's first app has no running cruise campaign");
  await page.clock.install();
  await page.goto(`/campaigns/cruise/${app.SdkAppId}/${running.CampaignId}`);
  await waitForLive(page);
  const badge = page.getByTestId("campaign-live").locator("[data-state]");
  await expect(badge).toHaveText("Running");
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 5 s");

  await emulator.injectFault({
    action: "DescribeAgentCruiseDialingCampaign",
    kind: "error",
    code: "InternalError",
    times: 10,
  });
  await page.clock.fastForward(5_000);
  const failure = page.getByTestId("freshness-failure");
  await expect(failure).toContainText("Refresh failed: CCC had an internal error (InternalError).");
  await expect(failure).toContainText(/CCC RequestId [0-9a-f-]{36}/);
  await expect(failure).toHaveAttribute("role", "status");
  await expect(badge).toHaveText("Running");
  await page.clock.fastForward(3_000);
  await expect(age(page)).toHaveText(/^Updated ([89]|1\d) s ago$/);

  await emulator.clearFaults();
  await emulator.setCruiseCampaign(app.SdkAppId, running.CampaignId, { State: 3 });
  await page.clock.fastForward(5_000);
  await expect(badge).toHaveText("Aborted");
  await expect(failure).toHaveText("");
  await expect(page.getByTestId("freshness")).toHaveAttribute("data-polling", "off");
});
