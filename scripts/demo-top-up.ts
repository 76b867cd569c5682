/**
 * Keeps the demo editable. The seeded predictive campaigns start 2 hours, 1 day and 3 days after the emulator state
 * is first written, and `.data/emulator.json` keeps that state across demo runs: a few days later nothing is
 * pending any more, and "edit a campaign before it starts" has nothing to show. On start, the demo re-creates each
 * app's seeded pending campaigns with fresh start times — through CCC's own API, the way real campaigns appear —
 * when the app has no pending campaign left that starts at least an hour from now.
 */
import { createEmulatorAdmin } from "../emulator/admin-client";
import { createCccClient } from "../lib/ccc/client";
import { DEMO_CREDENTIALS, readCccConfig } from "../lib/config/ccc-env";
import { createLogger } from "../lib/log";

const HOUR = 3_600;
const DAY = 24 * HOUR;
/** Start offsets of the re-created campaigns, like the seed's. */
const STARTS_IN = [2 * HOUR, DAY, 3 * DAY];

/** Returns how many campaigns were created, per app. */
export async function topUpPendingCampaigns(emulatorUrl: string): Promise<Map<number, number>> {
  const admin = createEmulatorAdmin(emulatorUrl);
  const state = await admin.state();
  const client = createCccClient(
    readCccConfig({
      CCC_ENDPOINT: emulatorUrl,
      TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
      TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
      CCC_SDK_APP_ID: state.apps.map((app) => app.SdkAppId).join(","),
    }),
    { logger: createLogger(undefined, { level: "silent" }) },
  );
  const created = new Map<number, number>();
  for (const app of state.apps) {
    const editable = app.predictiveCampaigns.some((c) => c.Status === 0 && c.StartTime > state.now + HOUR);
    if (editable) continue;
    // The seed's first campaigns (lowest ids) are its pending ones; copy their settings, not their times.
    const templates = [...app.predictiveCampaigns].sort((a, b) => a.CampaignId - b.CampaignId).slice(0, 3);
    let count = 0;
    for (const [index, template] of templates.entries()) {
      const start = state.now + (STARTS_IN[index] ?? DAY);
      await client.call("CreatePredictiveDialingCampaign", {
        SdkAppId: app.SdkAppId,
        Name: template.Name,
        Callees: template.Callees.length > 0 ? template.Callees : ["+8613800138000"],
        Callers: template.Callers,
        CallOrder: template.CallOrder,
        SkillGroupId: template.SkillGroupId,
        Priority: template.Priority,
        ExpectedAbandonRate: template.ExpectedAbandonRate,
        RetryInterval: template.RetryInterval,
        ...(template.RetryTimes === undefined || template.RetryTimes === null
          ? {}
          : { RetryTimes: template.RetryTimes }),
        StartTime: start,
        EndTime: start + 7 * DAY,
      });
      count += 1;
    }
    created.set(app.SdkAppId, count);
  }
  return created;
}
