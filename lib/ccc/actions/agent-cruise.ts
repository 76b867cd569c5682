/** Agent cruise ("individual auto dialing") campaign actions. CCC has no update for these: abort or create anew. */
import { z } from "zod";
import { ZBaseResponse, ZCallOrder, ZCampaignId, ZSdkAppId, ZUnixSeconds, ZUui } from "./common";

export const ZCreateAgentCruiseDialingCampaignRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  Name: z.string().min(1),
  Agent: z.string().min(1),
  ConcurrencyNumber: z.number().int().min(1).max(20),
  StartTime: ZUnixSeconds,
  EndTime: ZUnixSeconds,
  Callees: z.array(z.string()).optional(),
  Callers: z.array(z.string()).optional(),
  CallOrder: ZCallOrder.optional(),
  UUI: ZUui.optional(),
});
export type TCreateAgentCruiseDialingCampaignRequest = z.infer<typeof ZCreateAgentCruiseDialingCampaignRequest>;
export const ZCreateAgentCruiseDialingCampaignResponse = ZBaseResponse.extend({ CampaignId: ZCampaignId });

export const ZAgentCruiseCampaignRef = z.strictObject({ SdkAppId: ZSdkAppId, CampaignId: ZCampaignId });

/** 0 not started, 1 running, 2 finished, 3 aborted. */
export const ZAgentCruiseState = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type TAgentCruiseState = z.infer<typeof ZAgentCruiseState>;

export const ZDescribeAgentCruiseDialingCampaignResponse = ZBaseResponse.extend({
  Name: z.string(),
  Agent: z.string(),
  ConcurrencyNumber: z.number().int(),
  StartTime: ZUnixSeconds,
  EndTime: ZUnixSeconds,
  CallOrder: ZCallOrder.nullish(),
  UUI: z.string().nullish(),
  State: ZAgentCruiseState,
  TotalCalleeCount: z.number().int().nonnegative(),
  CalledCalleeCount: z.number().int().nonnegative(),
});
export type TDescribeAgentCruiseDialingCampaignResponse = z.infer<typeof ZDescribeAgentCruiseDialingCampaignResponse>;
