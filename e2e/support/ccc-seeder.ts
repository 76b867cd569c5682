/**
 * Adds campaigns to the emulator through CCC's own API with the project's signed client — the way real campaigns
 * appear — rather than by rewriting the seed, so the fixture's reset() still returns to the demo data.
 */

import type { EmulatorAdmin } from "@/emulator/admin-client";
import { createCccClient } from "@/lib/ccc/client";
import { DEMO_CREDENTIALS, readCccConfig } from "@/lib/config/ccc-env";
import { createLogger } from "@/lib/log";
import { EMULATOR_URL } from "./urls";

const DAY = 86_400;

function cccClient(endpoint: string) {
  const config = readCccConfig({
    CCC_ENDPOINT: endpoint,
    TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
    TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
    CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
  });
  return createCccClient(config, { logger: createLogger(undefined, { level: "silent" }) });
}

/**
 * Creates `count` pending predictive campaigns in `sdkAppId`, copying a seeded campaign's skill group and caller
 * numbers so they pass the emulator's checks. Returns the new CampaignIds in creation order. `endpoint` is the
 * emulator's URL when it is not the e2e suite's (the several-instance test and bench:load run their own).
 */
export async function createPredictiveCampaigns(
  emulator: EmulatorAdmin,
  sdkAppId: number,
  count: number,
  namePrefix: string,
  endpoint: string = EMULATOR_URL,
): Promise<number[]> {
  const state = await emulator.state();
  const template = state.apps.find((app) => app.SdkAppId === sdkAppId)?.predictiveCampaigns[0];
  if (!template) throw new Error(`The emulator has no predictive campaign in app ${sdkAppId} to copy`);
  const client = cccClient(endpoint);
  const ids: number[] = [];
  for (let index = 1; index <= count; index += 1) {
    const { CampaignId } = await client.call("CreatePredictiveDialingCampaign", {
      SdkAppId: sdkAppId,
      Name: `${namePrefix} ${String(index).padStart(2, "0")}`,
      Callees: template.Callees.slice(0, 3),
      Callers: template.Callers,
      CallOrder: 0,
      SkillGroupId: template.SkillGroupId,
      Priority: 3,
      ExpectedAbandonRate: 5,
      RetryInterval: 600,
      StartTime: state.now + DAY,
      EndTime: state.now + 2 * DAY,
    });
    ids.push(CampaignId);
  }
  return ids;
}

/**
 * Changes a predictive campaign's per-callee data through CCC's own API, as another tool would: every other field
 * is sent as the emulator holds it, so the console's re-check sees no change.
 */
export async function setCalleeAttributesElsewhere(
  emulator: EmulatorAdmin,
  sdkAppId: number,
  campaignId: number,
  attributes: { Callee: string; UUI?: string }[],
  endpoint: string = EMULATOR_URL,
): Promise<void> {
  const c = await emulator.predictiveCampaign(sdkAppId, campaignId);
  await cccClient(endpoint).call("UpdatePredictiveDialingCampaign", {
    SdkAppId: sdkAppId,
    CampaignId: campaignId,
    Name: c.Name,
    Callees: c.Callees,
    Callers: c.Callers,
    CallOrder: c.CallOrder,
    SkillGroupId: c.SkillGroupId,
    Priority: c.Priority,
    ExpectedAbandonRate: c.ExpectedAbandonRate,
    RetryInterval: c.RetryInterval,
    StartTime: c.StartTime,
    EndTime: c.EndTime,
    CalleeAttributes: attributes,
  });
}
