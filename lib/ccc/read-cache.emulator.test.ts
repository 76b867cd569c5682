/**
 * The read cache through the real path: the signed client over HTTP to the bundled emulator, whose request counts
 * say how many calls CCC actually received.
 */
import { describe, expect, it } from "vitest";
import { setUpTestEmulator } from "@/emulator/test-emulator";
import { createCccClient } from "@/lib/ccc/client";
import { readCccConfig } from "@/lib/config/ccc-env";
import { createLogger } from "@/lib/log";
import { withReadCache } from "./read-cache";

const emulator = setUpTestEmulator();

const APP = 1400000001;
const LIST = { SdkAppId: APP, PageSize: 20, PageNumber: 0 };

function cachedClient() {
  const config = readCccConfig({ CCC_ENDPOINT: emulator().url }, true);
  const client = createCccClient(config, {
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
    logger: createLogger(undefined, { level: "silent" }),
  });
  return withReadCache(client, { freshMs: config.readFreshMs });
}

async function calls(action: string): Promise<number> {
  return (await emulator().admin.requestCounts()).byAction[action]?.total ?? 0;
}

describe("read cache against the emulator", () => {
  it("answers 20 concurrent identical list reads with one CCC request, and a write makes the next read ask", async () => {
    const ccc = cachedClient();
    const pages = await Promise.all(Array.from({ length: 20 }, () => ccc.describePredictiveDialingCampaigns(LIST)));
    expect(await calls("DescribePredictiveDialingCampaigns")).toBe(1);
    expect(new Set(pages.map((page) => page.RequestId)).size).toBe(1);

    const running = pages[0]?.CampaignList.find((campaign) => campaign.Status === 1);
    if (!running) throw new Error("the demo seed has no running predictive campaign in the first page");
    // Within the window: still no second request.
    expect((await ccc.describePredictiveDialingCampaigns(LIST)).RequestId).toBe(pages[0]?.RequestId);
    expect(await calls("DescribePredictiveDialingCampaigns")).toBe(1);

    await ccc.pausePredictiveDialingCampaign({ SdkAppId: APP, CampaignId: running.CampaignId });
    const after = await ccc.describePredictiveDialingCampaigns(LIST);
    expect(await calls("DescribePredictiveDialingCampaigns")).toBe(2);
    expect(after.CampaignList.find((c) => c.CampaignId === running.CampaignId)?.Status).toBe(2);
  });

  it("a fresh read asks CCC even inside the window, and sees a change made behind the console's back", async () => {
    const ccc = cachedClient();
    const [campaign] = (await ccc.describePredictiveDialingCampaigns(LIST)).CampaignList;
    if (!campaign) throw new Error("the demo seed has no predictive campaign");
    const ref = { SdkAppId: APP, CampaignId: campaign.CampaignId };
    const before = await ccc.describePredictiveDialingCampaign(ref);
    const later = before.EndTime + 3_600;
    await emulator().admin.setPredictiveCampaign(APP, campaign.CampaignId, { EndTime: later });
    expect((await ccc.describePredictiveDialingCampaign(ref)).EndTime).toBe(before.EndTime);
    expect((await ccc.describePredictiveDialingCampaign(ref, { fresh: true })).EndTime).toBe(later);
    expect(await calls("DescribePredictiveDialingCampaign")).toBe(2);
    // The fresh answer now serves everyone.
    expect((await ccc.describePredictiveDialingCampaign(ref)).EndTime).toBe(later);
    expect(await calls("DescribePredictiveDialingCampaign")).toBe(2);
  });
});
