/**
 * The predictive campaign list through the real path: Chromium → next start → signed CCC client → emulator.
 * Expected values come from the emulator's admin API, never from copies of the seed.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";

const LIST_ACTION = "DescribePredictiveDialingCampaigns";
const statusNames = ["pending", "running", "paused", "aborted", "finished"] as const;
const statusLabels = ["Pending", "Running", "Paused", "Aborted", "Finished"] as const;
const reasonLabels = { 1: "Ended manually", 2: "Ended by timeout" } as const;

async function listCalls(emulator: EmulatorAdmin) {
  const counts = await emulator.requestCounts();
  return counts.byAction[LIST_ACTION] ?? { total: 0, succeeded: 0, failed: 0 };
}

async function appState(emulator: EmulatorAdmin, index: number) {
  const app = (await emulator.state()).apps[index];
  if (!app) throw new Error(`The emulator has no app #${index}`);
  return app;
}

const campaignRows = (page: Page) => page.locator("tbody tr[data-campaign-id]");

test("lists the first app's seeded campaigns with their statuses", async ({ page, emulator }) => {
  const app = await appState(emulator, 0);
  const before = await listCalls(emulator);

  await page.goto("/campaigns/predictive");

  await expect(page.getByRole("heading", { level: 1, name: "Predictive campaigns" })).toBeVisible();
  await expect(page.getByRole("link", { name: `App ${app.SdkAppId}` })).toHaveAttribute("aria-current", "page");
  await expect(campaignRows(page)).toHaveCount(app.predictiveCampaigns.length);
  // Every status the seed covers is on the page, each as a text label, not just a colour.
  expect(new Set(app.predictiveCampaigns.map((campaign) => campaign.Status)).size).toBe(5);
  for (const campaign of app.predictiveCampaigns) {
    const row = page.locator(`tr[data-campaign-id="${campaign.CampaignId}"]`);
    await expect(row.getByRole("rowheader")).toHaveText(campaign.Name);
    await expect(row.getByRole("cell").first()).toHaveText(String(campaign.CampaignId));
    const badge = row.locator("[data-status]");
    await expect(badge).toHaveAttribute("data-status", statusNames[campaign.Status]);
    await expect(badge).toHaveText(statusLabels[campaign.Status]);
    if (campaign.StatusReason === 1 || campaign.StatusReason === 2) {
      await expect(row).toContainText(reasonLabels[campaign.StatusReason]);
    }
    await expect(row).toContainText(`/ ${campaign.CalleeCount.toLocaleString("en")}`);
    await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuemax", "100");
  }
  await expect(page.getByTestId("campaign-summary")).toHaveText(
    `${app.predictiveCampaigns.length} campaigns in app ${app.SdkAppId}`,
  );

  // The page was rendered from CCC calls the emulator answered, not from anything cached or mocked.
  const after = await listCalls(emulator);
  expect(after.succeeded).toBeGreaterThan(before.succeeded);
});

test("switches to another configured app", async ({ page, emulator }) => {
  const second = await appState(emulator, 1);
  await page.goto("/campaigns/predictive");
  await page.getByRole("link", { name: `App ${second.SdkAppId}` }).click();

  await expect(page).toHaveURL(new RegExp(`app=${second.SdkAppId}`));
  await expect(campaignRows(page)).toHaveCount(second.predictiveCampaigns.length);
  const ids = await campaignRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-campaign-id")));
  expect(ids.sort()).toEqual(second.predictiveCampaigns.map((campaign) => String(campaign.CampaignId)).sort());
});

test("paginates 20 campaigns at a time", async ({ page, emulator }) => {
  const first = await appState(emulator, 0);
  await createPredictiveCampaigns(emulator, first.SdkAppId, 15, "E2E pagination");
  const campaigns = (await appState(emulator, 0)).predictiveCampaigns;
  const total = campaigns.length;
  expect(total).toBeGreaterThan(20);
  // CCC lists the newest (highest CampaignId) first.
  const ordered = campaigns.map((campaign) => String(campaign.CampaignId)).sort((a, b) => Number(b) - Number(a));

  await page.goto("/campaigns/predictive");
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`1–20 of ${total}`);
  await expect(campaignRows(page)).toHaveCount(20);
  await expect(campaignRows(page).first()).toHaveAttribute("data-campaign-id", ordered[0] ?? "");

  await pagination.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pagination).toContainText(`21–${total} of ${total}`);
  await expect(campaignRows(page)).toHaveCount(total - 20);
  await expect(campaignRows(page).first()).toHaveAttribute("data-campaign-id", ordered[20] ?? "");
  await expect(pagination.getByRole("link", { name: "Next" })).toHaveCount(0);

  await pagination.getByRole("link", { name: "Previous" }).click();
  await expect(pagination).toContainText(`1–20 of ${total}`);
});

test("switches the UI to Chinese and back", async ({ page }) => {
  await page.goto("/campaigns/predictive");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "预测式外呼任务" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-status]").first()).toHaveText(/待开始|进行中|已暂停|已终止|已完成/);

  // The choice is a cookie, so it survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "预测式外呼任务" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Predictive campaigns" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("shows CCC's error code and RequestId when CCC fails", async ({ page, emulator }) => {
  // The client retries idempotent calls, so the fault must outlast every retry of one page view.
  await emulator.injectFault({ action: LIST_ACTION, kind: "error", code: "InternalError", times: 10 });
  const before = await listCalls(emulator);

  await page.goto("/campaigns/predictive");

  const alert = page.getByRole("alert").filter({ hasText: "Could not load data from CCC" });
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId("ccc-error-code")).toHaveText("InternalError");
  await expect(alert.getByTestId("ccc-error-request-id")).toHaveText(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  );
  await expect(campaignRows(page)).toHaveCount(0);

  const after = await listCalls(emulator);
  expect(after.failed).toBeGreaterThan(before.failed);

  // Once CCC recovers, "Try again" brings the list back.
  await emulator.clearFaults();
  await alert.getByRole("link", { name: "Try again" }).click();
  await expect(campaignRows(page).first()).toBeVisible();
});

for (const locale of ["en", "zh-CN"] as const) {
  test(`has no serious or critical accessibility violations (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
    await page.goto("/campaigns/predictive");
    await expect(campaignRows(page).first()).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(blocking).toEqual([]);
  });
}

test("filters by status, skill group and name, with the filters in the URL and back/forward", async ({
  page,
  emulator,
}) => {
  const app = await appState(emulator, 0);
  await page.goto("/campaigns/predictive");
  await expect(campaignRows(page)).toHaveCount(app.predictiveCampaigns.length);
  await expect(page.locator("search[data-ready]")).toBeVisible();

  // Status: CCC has no status filter, the console filters what it read (see fetch-campaign-page.ts).
  await page.getByLabel("Status", { exact: true }).selectOption("pending");
  await expect(page).toHaveURL(/status=pending/);
  const pending = app.predictiveCampaigns.filter((c) => c.Status === 0);
  await expect(campaignRows(page)).toHaveCount(pending.length);
  await expect(page.locator("tbody [data-status]")).toHaveText(pending.map(() => "Pending"));

  // Skill group: the picker lists the app's groups by name; CCC filters.
  const groupId = pending[0]?.SkillGroupId ?? 0;
  const group = app.skillGroups.find((g) => g.SkillGroupId === groupId);
  await page.getByLabel("Skill group").selectOption(String(groupId));
  await expect(page).toHaveURL(new RegExp(`group=${groupId}`));
  const both = pending.filter((c) => c.SkillGroupId === groupId);
  await expect(campaignRows(page)).toHaveCount(both.length);
  await expect(campaignRows(page).first().getByTestId("skill-group")).toContainText(group?.SkillGroupName ?? "?");

  // Back restores the previous filters.
  await page.goBack();
  await expect(page).not.toHaveURL(/group=/);
  await expect(campaignRows(page)).toHaveCount(pending.length);

  await page.getByRole("button", { name: "Clear filters" }).click();
  const target = app.predictiveCampaigns[0];
  await page.getByLabel("Name contains").fill(target?.Name.slice(0, 6) ?? "");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  const named = app.predictiveCampaigns.filter((c) =>
    c.Name.toLowerCase().includes((target?.Name.slice(0, 6) ?? "").toLowerCase()),
  );
  await expect(campaignRows(page)).toHaveCount(named.length);
  await expect(page.getByTestId("campaign-summary")).toContainText("match the filters");

  // A shared link opens the same filtered list.
  await page.goto(`/campaigns/predictive?app=${app.SdkAppId}&status=finished`);
  await expect(campaignRows(page)).toHaveCount(app.predictiveCampaigns.filter((c) => c.Status === 4).length);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("finished");
});

test("links each campaign to its detail page and names its skill group", async ({ page, emulator }) => {
  const app = await appState(emulator, 0);
  const campaign = app.predictiveCampaigns[0];
  const group = app.skillGroups.find((g) => g.SkillGroupId === campaign?.SkillGroupId);
  await page.goto("/campaigns/predictive");
  const row = page.locator(`tr[data-campaign-id="${campaign?.CampaignId}"]`);
  await expect(row.getByTestId("skill-group")).toHaveText(`${group?.SkillGroupName}ID ${campaign?.SkillGroupId}`);
  await row.getByRole("link", { name: campaign?.Name }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/predictive/${app.SdkAppId}/${campaign?.CampaignId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(campaign?.Name ?? "");
});

test("the list's API answers only for the user's own apps", async ({ page, emulator }) => {
  const app = await appState(emulator, 0);
  const own = await page.request.get(`/api/apps/${app.SdkAppId}/predictive-campaigns?status=paused`);
  expect(own.status()).toBe(200);
  const body = (await own.json()) as { totalCount: number; skillGroups: unknown[] };
  expect(body.skillGroups).toHaveLength(app.skillGroups.length);
  expect(body.totalCount).toBe(app.predictiveCampaigns.filter((c) => c.Status === 2).length);
  const foreign = await page.request.get("/api/apps/1400009999/predictive-campaigns");
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ formError: { code: "forbidden_app" } });
});
