/**
 * After creation: following a campaign's progress (polling while it is live, on the emulator's clock), aborting it
 * behind the confirm dialog, cloning it into a new campaign, and the list with its filters.
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { E2E_USERS } from "../support/users";
import { type CruiseFormInput, demoApp, fillCruiseForm, utcWallTime } from "./cruise-helpers";

const CALLEES = Array.from({ length: 12 }, (_, i) => `+86138001390${String(i).padStart(2, "0")}`);

/** Creates a campaign through the form and returns its ids, on its campaign page. */
async function createThroughForm(page: Page, emulator: EmulatorAdmin, name: string) {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const input: CruiseFormInput = {
    sdkAppId,
    name,
    agentMail: agent.Mail,
    agentName: agent.Name ?? undefined,
    concurrency: 2,
    start: utcWallTime(30),
    end: utcWallTime(150),
    callees: CALLEES,
    callers: callers.slice(0, 1),
    inOrder: false,
    uui: "",
  };
  await page.goto("/campaigns/cruise/new");
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const campaignId = Number(await page.getByTestId("created-campaign-id").textContent());
  await page.getByRole("link", { name: "Follow the campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { sdkAppId, campaignId, input };
}

const badge = (page: Page) => page.getByTestId("campaign-live").locator("[data-state]");

test("follows progress while the campaign runs and stops polling when it ends", async ({ page, emulator }) => {
  test.setTimeout(90_000);
  const { sdkAppId, campaignId } = await createThroughForm(page, emulator, "Follow me");
  await expect(badge(page)).toHaveText("Not started");
  await expect(page.getByTestId("cruise-progress-value")).toHaveText(`0 / ${CALLEES.length} called`);
  await expect(page.getByTestId("freshness")).toHaveAttribute("data-polling", "on");
  await expectNoSeriousA11yViolations(page);

  // 31 minutes later on CCC's clock the campaign has started and dialled a few rounds of 2.
  await emulator.advanceClock(31 * 60 + 25);
  await expect(badge(page)).toHaveText("Running", { timeout: 20_000 });
  const running = await emulator.cruiseCampaign(sdkAppId, campaignId);
  expect(running.CalledCalleeCount).toBeGreaterThan(0);
  await expect(page.getByTestId("cruise-progress-value")).toHaveText(/^\d+ \/ 12 called$/);

  await emulator.advanceClock(3 * 3600);
  await expect(badge(page)).toHaveText("Finished", { timeout: 15_000 });
  const finished = await emulator.cruiseCampaign(sdkAppId, campaignId);
  await expect(page.getByTestId("cruise-progress-value")).toHaveText(
    `${finished.CalledCalleeCount} / ${CALLEES.length} called`,
  );
  await expect(page.getByTestId("freshness")).toHaveAttribute("data-polling", "off");
  await expect(page.getByRole("button", { name: "Abort campaign" })).toHaveCount(0);
  // Stopped means stopped: no further Describe calls while the page stays open.
  const describes = async () =>
    (await emulator.requestCounts()).byAction.DescribeAgentCruiseDialingCampaign?.total ?? 0;
  const before = await describes();
  await page.waitForTimeout(6_000);
  expect(await describes()).toBe(before);
});

test("aborts through the confirm dialog, and audits it", async ({ page, emulator }) => {
  const { sdkAppId, campaignId } = await createThroughForm(page, emulator, "Abort me");
  const trigger = page.getByRole("button", { name: "Abort campaign" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Abort “Abort me”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  expect((await emulator.cruiseCampaign(sdkAppId, campaignId)).State).toBe(0);

  await trigger.click();
  await dialog.getByRole("button", { name: "Abort campaign" }).click();
  await expect(dialog).toBeHidden();
  await expect(badge(page)).toHaveText("Aborted");
  await expect(page.getByTestId("abort-announcement")).toHaveText("Abort me was aborted.");
  expect((await emulator.cruiseCampaign(sdkAppId, campaignId)).State).toBe(3);

  await page.goto(`/audit?action=AbortAgentCruiseDialingCampaign&campaign=${campaignId}`);
  const entry = page.locator("tr[data-audit-id]").first();
  await expect(entry.getByTestId("audit-user")).toHaveText(E2E_USERS.supervisor.email);
  await expect(entry).toContainText("Succeeded");
});

test("clones into a new campaign, prefilled from CCC and the stored lists, times moved", async ({ page, emulator }) => {
  const { sdkAppId, campaignId, input } = await createThroughForm(page, emulator, "Clone me");
  // Let the original start ten minutes ago, so the clone's times have to move to the future.
  await emulator.setCruiseCampaign(sdkAppId, campaignId, { State: 1, StartTime: Math.floor(Date.now() / 1000) - 600 });
  await page.getByRole("link", { name: "Clone into a new campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Clone campaign ${campaignId}` })).toBeVisible();
  await expect(page.getByTestId("clone-notice")).toContainText("CCC cannot change an agent cruise campaign");
  await expect(page.getByTestId("clone-times-moved")).toContainText("moved to the near future");
  await expect(page.locator("#name")).toHaveValue("Clone me");
  await expect(page.getByRole("combobox", { name: "Agent" })).toHaveValue(input.agentMail);
  await expect(page.locator("#concurrencyNumber")).toHaveValue("2");
  await expect(page.locator("#callers").getByRole("checkbox", { name: input.callers[0] })).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  await page.locator("#name").fill("Clone me, take 2");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  const cloneId = Number(await page.getByTestId("created-campaign-id").textContent());
  const [original, clone] = await Promise.all([
    emulator.cruiseCampaign(sdkAppId, campaignId),
    emulator.cruiseCampaign(sdkAppId, cloneId),
  ]);
  expect(clone).toMatchObject({
    Name: "Clone me, take 2",
    Agent: original.Agent,
    ConcurrencyNumber: original.ConcurrencyNumber,
    Callees: original.Callees,
    Callers: original.Callers,
    CallOrder: original.CallOrder,
    State: 0,
  });
  expect(clone.EndTime - clone.StartTime).toBe(original.EndTime - original.StartTime);
  expect(clone.StartTime).toBeGreaterThan(Math.floor(Date.now() / 1000));
  await page.getByRole("link", { name: "Follow the campaign" }).click();
  await expect(page.getByTestId("detail-clonedFrom")).toHaveText(String(campaignId));
});

test("the list filters by app, agent and state", async ({ page, emulator }) => {
  const { sdkAppId, campaignId, input } = await createThroughForm(page, emulator, "Listed");
  await page.getByRole("link", { name: "Agent cruise campaigns" }).click();
  const row = page.locator(`tr[data-campaign-id="${campaignId}"]`);
  await expect(row).toBeVisible();

  await page.locator("#filter-state").selectOption("running");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(row).toHaveCount(0);
  await page.locator("#filter-state").selectOption("notStarted");
  await page.locator("#filter-agent").selectOption(input.agentMail);
  await page.locator("#filter-app").selectOption(String(sdkAppId));
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(row.locator("[data-state]")).toHaveText("Not started");
  await expect(page).toHaveURL(/state=notStarted/);
  await expectNoSeriousA11yViolations(page);
});

test("opens a campaign created outside the console by its ID", async ({ page, emulator }) => {
  const app = (await emulator.state()).apps[0];
  const running = app?.cruiseCampaigns.find((c) => c.State === 1);
  if (!app || !running) throw new Error("the emulator's first app has no running cruise campaign");
  await page.goto("/campaigns/cruise");
  await page.locator("#open-app").selectOption(String(app.SdkAppId));
  await page.locator("#open-id").fill(String(running.CampaignId));
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.getByRole("heading", { level: 1, name: running.Name })).toBeVisible();
  await expect(badge(page)).toHaveText("Running");
  await expect(page.getByText("Not created from this console.")).toBeVisible();
});
