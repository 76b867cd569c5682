"use server";

import { z } from "zod";
import { trackCruiseCampaign } from "@/lib/campaigns/cruise/track-campaign.server";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { defineAction } from "./safe-action";

const ZTrackCruiseCampaignInput = z.strictObject({ sdkAppId: ZSdkAppId, campaignId: ZCampaignId });

/**
 * Adds a cruise campaign made elsewhere to the console's cruise list (idempotent, audited as "cruise.track"). A
 * campaign CCC does not know is refused with CCC's code; nothing is recorded then.
 */
export const trackCruiseCampaignAction = defineAction(
  { actionName: "trackCruiseCampaignAction", permission: "campaign:write" },
  ZTrackCruiseCampaignInput,
  async ({ parsedInput, ctx }) => trackCruiseCampaign(parsedInput, ctx.user),
);
