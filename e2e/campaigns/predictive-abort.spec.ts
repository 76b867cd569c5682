/**
 * Aborting a predictive campaign from the list: Chromium → server action → signed CCC client → emulator, with the
 * audit row it leaves. Expectations come from the emulator's admin API, not from copies of the seed.
 */
import type { Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { E2E_USERS, storageStatePath } from "../support/users";

const ABORT_ACTION = "AbortPredictiveDialingCampaign";
const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function abortCalls(emulator: EmulatorAdmin) {
  return (await emulator.requestCounts()).byAction[ABORT_ACTION]?.total ?? 0;
}

/** The first app's first campaign in the given CCC status (1 running, 0 pending, 2 paused). */
async function campaignWithStatus(emulator: EmulatorAdmin, status: number) {
  const app = (await emulator.state()).apps[0];
  const campaign = app?.predictiveCampaigns.find((c) => c.Status === status);
  if (!app || !campaign) throw new Error(`The emulator's first app has no campaign in status ${status}`);
  return { sdkAppId: app.SdkAppId, campaign };
}

const row = (page: Page, campaignId: number) => page.locator(`tr[data-campaign-id="${campaignId}"]`);

test.describe("as a supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("offers Abort only on campaigns CCC can abort", async ({ page, emulator }) => {
    const app = (await emulator.state()).apps[0];
    await page.goto("/campaigns/predictive");
    for (const campaign of app?.predictiveCampaigns ?? []) {
      const button = row(page, campaign.CampaignId).getByRole("button", { name: `Abort ${campaign.Name}` });
      await expect(button).toHaveCount(campaign.Status <= 2 ? 1 : 0);
    }
  });

  test("aborts a running campaign through the confirm dialog, and audits it", async ({ page, emulator }) => {
    const { campaign } = await campaignWithStatus(emulator, 1);
    await page.goto("/campaigns/predictive");
    const trigger = row(page, campaign.CampaignId).getByRole("button", { name: `Abort ${campaign.Name}` });
    await trigger.click();

    const dialog = page.getByRole("dialog", { name: `Abort “${campaign.Name}”?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Aborting is final");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Abort campaign" }).click();

    await expect(dialog).toBeHidden();
    await expect(row(page, campaign.CampaignId).locator("[data-status]")).toHaveText("Aborted");
    await expect(row(page, campaign.CampaignId).getByTestId("abort-announcement")).toHaveText(
      `${campaign.Name} was aborted.`,
    );
    await expect(row(page, campaign.CampaignId).getByRole("button", { name: /^Abort / })).toHaveCount(0);

    const after = (await emulator.state()).apps[0]?.predictiveCampaigns.find(
      (c) => c.CampaignId === campaign.CampaignId,
    );
    expect(after?.Status).toBe(3);
    expect(after?.StatusReason).toBe(1);

    await page.goto(`/audit?action=${ABORT_ACTION}&campaign=${campaign.CampaignId}`);
    const entry = page.locator("tr[data-audit-id]").first();
    await expect(entry.getByTestId("audit-action")).toHaveText(ABORT_ACTION);
    await expect(entry.getByTestId("audit-user")).toHaveText(E2E_USERS.supervisor.email);
    await expect(entry).toContainText("Succeeded");
  });

  test("Cancel and Esc close the dialog without calling CCC, and return focus", async ({ page, emulator }) => {
    const { campaign } = await campaignWithStatus(emulator, 0);
    const before = await abortCalls(emulator);
    await page.goto("/campaigns/predictive");
    const trigger = row(page, campaign.CampaignId).getByRole("button", { name: `Abort ${campaign.Name}` });
    const dialog = page.getByRole("dialog", { name: `Abort “${campaign.Name}”?` });

    await trigger.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    expect(await abortCalls(emulator)).toBe(before);
    await expect(row(page, campaign.CampaignId).locator("[data-status]")).toHaveText("Pending");
  });

  test("shows CCC's error code and RequestId in the dialog and keeps it open", async ({ page, emulator }) => {
    const { campaign } = await campaignWithStatus(emulator, 2);
    await emulator.injectFault({ action: ABORT_ACTION, kind: "error", code: "InternalError", times: 10 });
    await page.goto("/campaigns/predictive");
    await row(page, campaign.CampaignId)
      .getByRole("button", { name: `Abort ${campaign.Name}` })
      .click();
    const dialog = page.getByRole("dialog", { name: `Abort “${campaign.Name}”?` });
    await dialog.getByRole("button", { name: "Abort campaign" }).click();

    const error = dialog.getByTestId("abort-error");
    await expect(error).toHaveAttribute("data-code", "InternalError");
    await expect(dialog.getByTestId("abort-error-what")).toHaveText("CCC had an internal error (InternalError).");
    await expect(dialog.getByTestId("abort-error-request-id")).toHaveText(new RegExp(`^${REQUEST_ID.source}$`, "i"));
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Abort campaign" })).toBeEnabled();

    const after = (await emulator.state()).apps[0]?.predictiveCampaigns.find(
      (c) => c.CampaignId === campaign.CampaignId,
    );
    expect(after?.Status).toBe(2);
  });

  for (const locale of ["en", "zh-CN"] as const) {
    test(`the open dialog has no serious accessibility violations (${locale})`, async ({
      page,
      context,
      baseURL,
      emulator,
    }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
      const { campaign } = await campaignWithStatus(emulator, 1);
      await page.goto("/campaigns/predictive");
      await row(page, campaign.CampaignId).locator("button[aria-haspopup=dialog]").click();
      await expect(page.getByTestId("abort-dialog").and(page.getByRole("dialog"))).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees no Abort buttons", async ({ page, emulator }) => {
    const app = (await emulator.state()).apps[0];
    await page.goto("/campaigns/predictive");
    await expect(page.locator("tbody tr[data-campaign-id]")).toHaveCount(app?.predictiveCampaigns.length ?? -1);
    await expect(page.getByRole("button", { name: /^Abort/ })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  });
});
