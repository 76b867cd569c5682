/**
 * The console's /api/* routes answer like an API through the real server (proxy included): signed out a JSON 401,
 * not a redirect to the sign-in page; a role without the permission or another app a JSON 403. None of these
 * refusals reaches CCC.
 */
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { expect, test } from "../support/fixtures";
import { storageStatePath } from "../support/users";

/** Every read route, for a campaign of each kind in the first app (ids from the emulator, not the seed's copy). */
async function apiPaths(emulator: EmulatorAdmin) {
  const app = (await emulator.state()).apps[0];
  const predictive = app?.predictiveCampaigns[0];
  const cruise = app?.cruiseCampaigns[0];
  if (!app || !predictive || !cruise) throw new Error("the emulator's first app has no campaigns");
  const base = `/api/apps/${app.SdkAppId}`;
  return {
    sdkAppId: app.SdkAppId,
    paths: [
      `${base}/numbers`,
      `${base}/staff`,
      `${base}/predictive-campaigns?status=running`,
      `${base}/predictive-campaigns/${predictive.CampaignId}`,
      `${base}/cruise-campaigns/${cruise.CampaignId}`,
      `/api/cruise-campaigns?app=${app.SdkAppId}`,
    ],
  };
}

const cccRequests = async (emulator: EmulatorAdmin) => (await emulator.requestCounts()).total;

test.describe("signed out", () => {
  test("every API route answers 401 JSON, without a redirect and without calling CCC", async ({
    request,
    emulator,
  }) => {
    const { paths } = await apiPaths(emulator);
    const before = await cccRequests(emulator);
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(response.headers().location, path).toBeUndefined();
      expect(await response.json(), path).toMatchObject({ formError: { code: "unauthenticated" } });
    }
    expect(await cccRequests(emulator)).toBe(before);
  });

  test("a page still redirects to the sign-in page", async ({ request }) => {
    const response = await request.get("/campaigns/predictive", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain("/sign-in?callbackUrl=%2Fcampaigns%2Fpredictive");
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("a route needing campaign:write and another app's data are 403 JSON; reading is allowed", async ({
    page,
    emulator,
  }) => {
    const { sdkAppId } = await apiPaths(emulator);
    const before = await cccRequests(emulator);
    const staff = await page.request.get(`/api/apps/${sdkAppId}/staff`);
    expect(staff.status()).toBe(403);
    expect(await staff.json()).toMatchObject({ formError: { code: "forbidden" } });
    for (const path of ["/api/apps/1400009999/numbers", "/api/cruise-campaigns?app=1400009999"]) {
      const foreign = await page.request.get(path);
      expect(foreign.status(), path).toBe(403);
      expect(await foreign.json(), path).toMatchObject({ formError: { code: "forbidden_app" } });
    }
    const invalid = await page.request.get(`/api/apps/${sdkAppId}/predictive-campaigns/0x10`);
    expect(invalid.status()).toBe(400);
    expect(await invalid.json()).toMatchObject({
      formError: { code: "invalid_input" },
      fieldErrors: { campaignId: expect.any(Array) },
    });
    expect(await cccRequests(emulator)).toBe(before);

    const numbers = await page.request.get(`/api/apps/${sdkAppId}/numbers`);
    expect(numbers.status()).toBe(200);
    expect(await cccRequests(emulator)).toBeGreaterThan(before);
  });

  test("a campaign CCC does not have is a JSON 404 for either kind, not a CCC failure", async ({ page, emulator }) => {
    const { sdkAppId } = await apiPaths(emulator);
    for (const kind of ["predictive-campaigns", "cruise-campaigns"]) {
      const response = await page.request.get(`/api/apps/${sdkAppId}/${kind}/987654321`);
      expect(response.status(), kind).toBe(404);
      expect(await response.json(), kind).toMatchObject({ formError: { code: "not_found" } });
    }
  });
});
