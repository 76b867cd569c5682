import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../emulator/server";
import { DEMO_CREDENTIALS } from "../lib/config/ccc-env";
import { topUpPendingCampaigns } from "./demo-top-up";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimitPerSecond: 0, sdkAppIds: [...DEMO_CREDENTIALS.sdkAppIds] });
});
afterAll(() => emulator.close());

const pendingLater = async () => {
  const state = await emulator.admin.state();
  return state.apps.map(
    (app) => app.predictiveCampaigns.filter((c) => c.Status === 0 && c.StartTime > state.now + 3600).length,
  );
};

it("leaves a fresh demo alone", async () => {
  expect((await pendingLater()).every((count) => count > 0)).toBe(true);
  expect([...(await topUpPendingCampaigns(emulator.url)).values()]).toEqual([]);
});

it("re-creates pending campaigns once the seeded ones have started, and only once", async () => {
  // A week later: every seeded campaign has started or ended.
  await emulator.admin.advanceClock(7 * 86_400);
  expect(await pendingLater()).toEqual([0, 0]);

  const created = await topUpPendingCampaigns(emulator.url);
  expect([...created.values()]).toEqual([3, 3]);
  expect(await pendingLater()).toEqual([3, 3]);

  expect([...(await topUpPendingCampaigns(emulator.url)).values()]).toEqual([]);
});
