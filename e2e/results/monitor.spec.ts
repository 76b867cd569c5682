/**
 * The live monitor of a predictive campaign through the real path: Chromium → console → signed CCC client →
 * emulator. Expected figures come from the emulator's admin API (campaign progress, staff of the skill group),
 * never from the page's code; the emulator's clock is advanced to make the campaign dial more.
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";

async function seeded(emulator: EmulatorAdmin) {
  const app = (await emulator.state()).apps[0];
  const running = app?.predictiveCampaigns.find((c) => c.Status === 1);
  const pending = app?.predictiveCampaigns.find((c) => c.Status === 0);
  if (!app || !running || !pending) throw new Error("the emulator's first app lacks a running or pending campaign");
  const members = app.staff
    .filter((s) => s.SkillGroupList?.some((g) => g.SkillGroupId === running.SkillGroupId))
    .map((s) => s.Mail);
  return { sdkAppId: app.SdkAppId, running, pending, members };
}

const liveHref = (sdkAppId: number, campaignId: number) => `/campaigns/predictive/${sdkAppId}/${campaignId}/live`;
const figure = (page: Page, id: string) => page.getByTestId(id);

/**
 * The dialled count on the page lies between `low` (read from the emulator before the page could have read it) and
 * the emulator's count now: campaign time keeps running, 3 callees every 10 s, so an exact value would race.
 */
async function expectFinishedSince(
  page: Page,
  emulator: EmulatorAdmin,
  ref: { sdkAppId: number; campaignId: number },
  low: number,
) {
  await expect
    .poll(
      async () => {
        const shown = Number((await figure(page, "figure-finished").textContent())?.replace(/\D/g, ""));
        const now = (await emulator.predictiveCampaign(ref.sdkAppId, ref.campaignId)).FinishedCalleeCount;
        return shown >= low && shown <= now ? "in range" : `${shown} not in [${low}, ${now}]`;
      },
      { timeout: 15_000 },
    )
    .toBe("in range");
}

test("a running campaign shows its agents, queue and progress, which moves as the campaign dials", async ({
  page,
  emulator,
}) => {
  test.setTimeout(60_000);
  const { sdkAppId, running, members } = await seeded(emulator);
  const ref = { sdkAppId, campaignId: running.CampaignId };
  const before = await emulator.predictiveCampaign(sdkAppId, running.CampaignId);
  await page.goto(`/campaigns/predictive/${sdkAppId}/${running.CampaignId}`);
  await page.getByRole("navigation", { name: "Campaign views" }).getByRole("link", { name: "Live" }).click();
  await expect(page).toHaveURL(new RegExp(`${liveHref(sdkAppId, running.CampaignId)}$`));

  const monitor = page.getByTestId("live-monitor");
  await expect(monitor).toHaveAttribute("data-status", "running");
  await expect(page.getByTestId("monitor-announce")).toHaveText("The campaign is running.");
  await expectFinishedSince(page, emulator, ref, before.FinishedCalleeCount);
  await expect(figure(page, "figure-total")).toHaveText(before.CalleeCount.toLocaleString("en-US"));

  const rows = page.getByTestId("agent-row");
  await expect(rows).toHaveCount(members.length);
  expect((await rows.locator("td:first-child").allTextContents()).sort()).toEqual([...members].sort());
  const counts = await page.getByTestId("agent-counts").locator("dd").allTextContents();
  expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(members.length);
  await expect(page.getByTestId("monitor-queue").locator("dt")).toHaveText([
    "Calls waiting",
    "Ringing at an agent",
    "Longest wait",
  ]);
  await expect(page.getByTestId("freshness")).toHaveAttribute("data-polling", "on");
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 5 s");

  // Ten minutes of campaign time: 60 rounds of 3 callees. The page catches up on its next poll, no reload.
  await emulator.advanceClock(600);
  const after = await emulator.predictiveCampaign(sdkAppId, running.CampaignId);
  expect(after.FinishedCalleeCount).toBeGreaterThan(before.FinishedCalleeCount);
  await expectFinishedSince(page, emulator, ref, after.FinishedCalleeCount);
  await expectNoSeriousA11yViolations(page);
});

test("a pending campaign says it is not running and when it starts", async ({ page, emulator }) => {
  const { sdkAppId, pending } = await seeded(emulator);
  await page.goto(liveHref(sdkAppId, pending.CampaignId));
  await expect(page.getByTestId("live-monitor")).toHaveAttribute("data-status", "pending");
  const notRunning = page.getByTestId("not-running");
  await expect(notRunning).toContainText("Not running");
  await expect(notRunning).toContainText("The campaign has not started yet.");
  await expect(page.getByTestId("starts-at").locator("time")).toHaveAttribute(
    "datetime",
    new Date(pending.StartTime * 1000).toISOString(),
  );
  await expect(page.getByTestId("agent-row")).toHaveCount(0);
  await expect(page.getByTestId("freshness")).toContainText("Refreshes every 15 s");
  await expectNoSeriousA11yViolations(page);
});

test("the monitor in zh-CN, running and pending, is accessible", async ({ page, context, baseURL, emulator }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL ?? "" }]);
  const { sdkAppId, running, pending } = await seeded(emulator);
  await page.goto(liveHref(sdkAppId, running.CampaignId));
  await expect(page.getByTestId("monitor-announce")).toHaveText("任务正在运行。");
  await expect(page.getByTestId("monitor-queue").locator("dt").first()).toHaveText("排队中的通话");
  await expectNoSeriousA11yViolations(page);
  await page.goto(liveHref(sdkAppId, pending.CampaignId));
  await expect(page.getByTestId("not-running")).toContainText("未在运行");
  await expectNoSeriousA11yViolations(page);
});
