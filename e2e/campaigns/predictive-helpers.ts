/**
 * Shared pieces of the predictive detail/edit specs: finding campaigns in the emulator's state, filling the lists
 * the form asks for, and reaching a field by keyboard.
 */
import { expect, type Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";

/** The first app's first campaign in `status` (0 pending, 1 running, 2 paused), with a usable caller number. */
export async function campaignWithStatus(emulator: EmulatorAdmin, status: number) {
  const app = (await emulator.state()).apps[0];
  const campaign = app?.predictiveCampaigns.find((c) => c.Status === status);
  const caller = app?.numbers.find((n) => n.State === 1)?.Number;
  if (!app || !campaign || !caller) throw new Error(`The emulator's first app has no campaign in status ${status}`);
  return { sdkAppId: app.SdkAppId, campaign, caller, app };
}

export const editPath = (sdkAppId: number, campaignId: number) =>
  `/campaigns/predictive/${sdkAppId}/${campaignId}/edit`;
export const detailPath = (sdkAppId: number, campaignId: number) => `/campaigns/predictive/${sdkAppId}/${campaignId}`;

export async function countOf(emulator: EmulatorAdmin, action: string) {
  return (await emulator.requestCounts()).byAction[action]?.total ?? 0;
}

/** Pastes callees and ticks one caller; waits until the list input has normalized the paste. */
export async function fillLists(page: Page, callees: string[], caller: string) {
  await page.locator("#callees").fill(callees.join("\n"));
  // The report's sentence, not just the digit: the pasted text itself already contains digits.
  await expect(page.getByTestId("callee-report")).toContainText(new RegExp(`\\b${callees.length} valid numbers?`));
  const box = page.getByRole("checkbox", { name: caller });
  if (!(await box.isChecked())) await box.check();
}

/** Presses Tab until the element matching `selector` has focus (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Opens the edit form and waits until it is hydrated (Save is disabled until then). */
export async function openEditForm(page: Page, sdkAppId: number, campaignId: number) {
  await page.goto(editPath(sdkAppId, campaignId));
  await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
}
