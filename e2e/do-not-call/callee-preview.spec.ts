/**
 * The do-not-call list in the campaign forms: the list input removes listed numbers and names their lines, the
 * created campaign in the emulator never holds them, and a number listed after the preview is refused by the server
 * with the number named, CCC never called. Numbers are unique to each run.
 */
import type { Page } from "@playwright/test";
import { type CruiseFormInput, createCalls, demoApp, fillCruiseForm, utcWallTime } from "../campaigns/cruise-helpers";
import { campaignWithStatus, openEditForm } from "../campaigns/predictive-helpers";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

test.use({ storageState: storageStatePath("supervisor") });

function uniqueNumbers(count: number, base: number): string[] {
  const run = String(Date.now() % 1_000_000).padStart(6, "0");
  return Array.from({ length: count }, (_, i) => `+86156${run}${String(base + i).padStart(2, "0")}`);
}

/** Puts numbers on the app's list through the page, as a supervisor would. */
async function listNumbers(page: Page, sdkAppId: number, numbers: readonly string[]) {
  await page.goto(`/do-not-call?app=${sdkAppId}`);
  const form = page.getByRole("form", { name: "Import numbers" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.locator("#dnc-import-numbers").fill(numbers.join("\n"));
  await expect(form.getByTestId("callee-report")).toContainText(`${numbers.length} valid number`);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("dnc-import-status")).toContainText("added");
}

test("the cruise form removes listed numbers with their lines; CCC receives only the others", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const [keep1, listed1, keep2, listed2] = uniqueNumbers(4, 1) as [string, string, string, string];
  await listNumbers(page, sdkAppId, [listed1, listed2]);

  await page.goto("/campaigns/cruise/new");
  const input: CruiseFormInput = {
    sdkAppId,
    name: `DNC ${Date.now()}`,
    agentMail: agent.Mail,
    concurrency: 1,
    start: utcWallTime(60),
    end: utcWallTime(120),
    callees: [keep1, listed1, keep2, listed2],
    callers: callers.slice(0, 1),
    inOrder: true,
    uui: "",
  };
  await fillCruiseForm(page, input);
  await expect(page.getByTestId("callee-do-not-call")).toHaveText(
    "2 numbers on the do-not-call list were removed (lines 2, 4).",
  );
  await expect(page.getByTestId("callee-preview").getByRole("listitem")).toHaveText([`1${keep1}`, `2${keep2}`]);

  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaign created" })).toBeVisible();
  const app = (await emulator.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  const created = app?.cruiseCampaigns.find((c) => c.Name === input.name);
  expect(created?.Callees).toEqual([keep1, keep2]);
});

test("a number listed after the preview is refused by the server, named, and CCC is not called", async ({
  page,
  context,
  emulator,
}) => {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const [keep, late] = uniqueNumbers(2, 21) as [string, string];
  await page.goto("/campaigns/cruise/new");
  const input: CruiseFormInput = {
    sdkAppId,
    name: `DNC late ${Date.now()}`,
    agentMail: agent.Mail,
    concurrency: 1,
    start: utcWallTime(60),
    end: utcWallTime(120),
    callees: [keep, late],
    callers: callers.slice(0, 1),
    inOrder: true,
    uui: "",
  };
  await fillCruiseForm(page, input);
  await expect(page.getByTestId("callee-do-not-call")).toHaveCount(0);

  // Meanwhile someone lists the number in another tab.
  const other = await context.newPage();
  await listNumbers(other, sdkAppId, [late]);
  await other.close();

  const calls = await createCalls(emulator);
  await page.getByRole("button", { name: "Create campaign" }).click();
  const failure = page.getByTestId("create-outcome");
  await expect(failure).toHaveAttribute("data-code", "do_not_call");
  await expect(page.getByTestId("create-outcome-what")).toHaveText(
    `1 number is on this app's do-not-call list, so nothing was sent: ${late}`,
  );
  await expect(page.getByTestId("create-outcome-changed")).toHaveAttribute("data-changed", "no");
  expect(await createCalls(emulator)).toBe(calls);
});

test("the predictive edit form removes listed numbers too", async ({ page, emulator }) => {
  const { sdkAppId, campaign } = await campaignWithStatus(emulator, 0);
  const [listed, keep] = uniqueNumbers(2, 41) as [string, string];
  await listNumbers(page, sdkAppId, [listed]);
  await openEditForm(page, sdkAppId, campaign.CampaignId);
  await page.locator("#callees").fill([listed, keep].join("\n"));
  await expect(page.getByTestId("callee-do-not-call")).toHaveText(
    "1 number on the do-not-call list was removed (line 1).",
  );
  await expect(page.getByTestId("callee-preview").getByRole("listitem")).toHaveText([`1${keep}`]);
});
