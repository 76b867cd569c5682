/**
 * The results tab through the real path: Chromium → console → signed CCC client → emulator. Expected figures come
 * from the emulator's admin API (its own count of the calls it generated), never from the page's code.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { OUTCOMES } from "@/lib/results/end-status";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

/** The first app's finished predictive campaign with the most calls (the seed's 1,320-call survey). */
async function finishedPredictive(emulator: EmulatorAdmin) {
  const app = (await emulator.state()).apps[0];
  const campaign = app?.predictiveCampaigns
    .filter((c) => c.Status === 4)
    .sort((a, b) => b.FinishedCalleeCount - a.FinishedCalleeCount)[0];
  if (!app || !campaign) throw new Error("the emulator's first app has no finished predictive campaign");
  const summary = await emulator.campaignCalls(app.SdkAppId, "predictive", campaign.CampaignId);
  return { sdkAppId: app.SdkAppId, campaignId: campaign.CampaignId, summary };
}

async function expectAllRead(page: Page, total: number) {
  await expect(page.getByTestId("results-progress")).toContainText(`${total.toLocaleString("en-US")} calls`, {
    timeout: 30_000,
  });
}

async function downloadCsv(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  const text = await readFile((await download.path()) ?? "", "utf8");
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
}

test.describe("as a supervisor", () => {
  test("the results tab counts every call by outcome, charts them, lists them and exports them", async ({
    page,
    emulator,
  }) => {
    const { sdkAppId, campaignId, summary } = await finishedPredictive(emulator);
    await page.goto(`/campaigns/predictive/${sdkAppId}/${campaignId}`);
    await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: "Results" }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/predictive/${sdkAppId}/${campaignId}/results$`));
    await expectAllRead(page, summary.total);

    for (const outcome of OUTCOMES) {
      const card = page.getByTestId("outcome-counts").locator(`[data-outcome="${outcome}"] dd`);
      await expect(card).toContainText(summary.outcomes[outcome].toLocaleString("en-US"));
    }
    await expect(page.getByTestId("outcome-chart")).toBeVisible();
    const rows = page.getByTestId("calls-table").locator("tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(rows.first().locator("td").first()).toHaveText(summary.first?.Callee ?? "");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText(`51–100 of ${summary.total.toLocaleString("en-US")}`)).toBeVisible();

    const lines = await downloadCsv(page);
    expect(lines).toHaveLength(summary.total + 1);
    expect(lines[0]).toMatch(/^session_id,callee,caller,started_at_utc,outcome/);
    expect(lines[1]?.split(",")[1]).toBe(summary.first?.Callee);
  });

  test("a cruise campaign's results tab reads its agent's calls", async ({ page, emulator }) => {
    const app = (await emulator.state()).apps[0];
    const cruise = app?.cruiseCampaigns.find((c) => c.State === 2 && c.CalledCalleeCount > 0);
    if (!app || !cruise) throw new Error("the emulator's first app has no finished cruise campaign with calls");
    const summary = await emulator.campaignCalls(app.SdkAppId, "cruise", cruise.CampaignId);
    await page.goto(`/campaigns/cruise/${app.SdkAppId}/${cruise.CampaignId}/results`);
    await expectAllRead(page, summary.total);
    await expect(page.getByTestId("outcome-counts").locator('[data-outcome="answered"] dd')).toContainText(
      String(summary.outcomes.answered),
    );
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees and exports masked callee numbers only", async ({ page, emulator }) => {
    const { sdkAppId, campaignId, summary } = await finishedPredictive(emulator);
    await page.goto(`/campaigns/predictive/${sdkAppId}/${campaignId}/results`);
    await expectAllRead(page, summary.total);
    await expect(page.getByText("Callee numbers are partly hidden for your role.")).toBeVisible();
    const callee = summary.first?.Callee ?? "";
    const masked = `${callee.slice(0, 3)}${"*".repeat(callee.length - 7)}${callee.slice(-4)}`;
    await expect(page.getByTestId("calls-table").locator("tbody tr").first().locator("td").first()).toHaveText(masked);
    const lines = await downloadCsv(page);
    expect(lines).toHaveLength(summary.total + 1);
    expect(lines.slice(1).some((line) => line.includes(callee))).toBe(false);
    // Quoted, with the leading ' that keeps a spreadsheet from reading "+86***…" as a formula.
    expect(lines[1]?.split(",")[1]).toBe(`"'${masked}"`);
  });
});
