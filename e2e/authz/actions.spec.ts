/**
 * Server actions are public POST endpoints: these call them directly, as a signed-in viewer and signed out, and
 * check the guard refuses before anything happens (no CCC request, no database change).
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { storageStatePath } from "../support/users";

const SOME_USER = randomUUID();
const USER_ACTIONS: [string, unknown][] = [
  ["setUserDisabledAction", { userId: SOME_USER, disabled: true }],
  ["resetUserPasswordAction", { userId: SOME_USER }],
  ["updateUserAction", { userId: SOME_USER, role: "admin", sdkAppIds: [], timeZone: "UTC" }],
  [
    "createUserAction",
    {
      email: "intruder@e2e.local",
      displayName: "Intruder",
      role: "admin",
      sdkAppIds: [],
      timeZone: "UTC",
      password: "Str0ng-enough-pw",
    },
  ],
];

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  for (const [name, input] of USER_ACTIONS) {
    test(`${name} is refused`, async ({ page }) => {
      const id = actionId(name);
      expect(id, `${name} should be in the build's action manifest`).toBeTruthy();
      const response = await postAction(page.request, "/admin/users", id ?? "", [input]);
      const body = await response.text();
      expect(body).toContain('"code":"forbidden"');
      expect(body).not.toContain('"data"');
    });
  }

  test("the abort action is refused and never reaches CCC", async ({ page, emulator }) => {
    // The predictive list's Abort button references the action, so the build gives it an id.
    const id = actionId("abortPredictiveCampaignAction");
    expect(id, "abortPredictiveCampaignAction should be in the build's action manifest").toBeTruthy();
    const state = await emulator.state();
    const app = state.apps[0];
    const campaign = app?.predictiveCampaigns[0];
    const before = (await emulator.requestCounts()).byAction.AbortPredictiveDialingCampaign?.total ?? 0;
    const response = await postAction(page.request, "/campaigns/predictive", id ?? "", [
      { sdkAppId: app?.SdkAppId, campaignId: campaign?.CampaignId },
    ]);
    expect(await response.text()).toContain('"code":"forbidden"');
    expect((await emulator.requestCounts()).byAction.AbortPredictiveDialingCampaign?.total ?? 0).toBe(before);
  });
});

test.describe("signed out", () => {
  test("a user action is refused as unauthenticated", async ({ request }) => {
    const id = actionId("setUserDisabledAction") ?? "";
    const response = await postAction(request, "/admin/users", id, [{ userId: SOME_USER, disabled: true }]);
    expect(await response.text()).toContain('"code":"unauthenticated"');
  });
});
