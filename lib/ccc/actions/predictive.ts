/** Predictive dialing campaign actions. Update is accepted by CCC only before the campaign starts. */
import { z } from "zod";
import { ZBaseResponse, ZCallOrder, ZCampaignId, ZInt, ZSdkAppId, ZUnixSeconds, ZVariable } from "./common";

export const ZPriority = z.number().int().min(1).max(5);
export const ZRetryInterval = z.number().int().min(60).max(86_400);
export const ZRetryTimes = z.number().int().min(0).max(2);
export const ZCalleeAttribute = z.object({
  Callee: z.string(),
  UUI: z.string().optional(),
  Variables: z.array(ZVariable).optional(),
});
export type TCalleeAttribute = z.infer<typeof ZCalleeAttribute>;

const predictiveFields = {
  SdkAppId: ZSdkAppId,
  Name: z.string().min(1),
  Callees: z.array(z.string()),
  Callers: z.array(z.string()),
  CallOrder: ZCallOrder,
  SkillGroupId: ZInt,
  Priority: ZPriority,
  RetryInterval: ZRetryInterval,
  StartTime: ZUnixSeconds,
  EndTime: ZUnixSeconds,
  IVRId: ZInt.optional(),
  RetryTimes: ZRetryTimes.optional(),
  Variables: z.array(ZVariable).optional(),
  UUI: z.string().optional(),
  CalleeAttributes: z.array(ZCalleeAttribute).optional(),
};

export const ZAvailableTime = z.object({
  StartTime: z.string().regex(/^\d{2}:\d{2}:\d{2}$/),
  EndTime: z.string().regex(/^\d{2}:\d{2}:\d{2}$/),
});

// Tencent documents 0–50 on create and 5–50 on update; each schema follows its own action's documentation.
export const ZCreatePredictiveDialingCampaignRequest = z.strictObject({
  ...predictiveFields,
  ExpectedAbandonRate: z.number().int().min(0).max(50),
  TimeZone: z.string().optional(),
  AvailableTime: z.array(ZAvailableTime).optional(),
});
export type TCreatePredictiveDialingCampaignRequest = z.infer<typeof ZCreatePredictiveDialingCampaignRequest>;
export const ZCreatePredictiveDialingCampaignResponse = ZBaseResponse.extend({ CampaignId: ZCampaignId });

export const ZUpdatePredictiveDialingCampaignRequest = z.strictObject({
  ...predictiveFields,
  CampaignId: ZCampaignId,
  ExpectedAbandonRate: z.number().int().min(5).max(50),
});
export type TUpdatePredictiveDialingCampaignRequest = z.infer<typeof ZUpdatePredictiveDialingCampaignRequest>;

export const ZPredictiveCampaignRef = z.strictObject({ SdkAppId: ZSdkAppId, CampaignId: ZCampaignId });

/** 0 pending, 1 running, 2 paused, 3 aborted, 4 finished. */
export const ZPredictiveStatus = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type TPredictiveStatus = z.infer<typeof ZPredictiveStatus>;
/** 0 normal, 1 ended by hand, 2 ended by timeout. */
export const ZPredictiveStatusReason = z.union([z.literal(0), z.literal(1), z.literal(2)]);

export const ZDescribePredictiveDialingCampaignResponse = ZBaseResponse.extend({
  CampaignId: ZCampaignId,
  Name: z.string(),
  CallOrder: ZCallOrder,
  SkillGroupId: ZInt,
  IVRId: ZInt.nullish(),
  Priority: ZInt,
  ExpectedAbandonRate: ZInt,
  RetryTimes: ZInt.nullish(),
  RetryInterval: ZInt,
  StartTime: ZUnixSeconds,
  EndTime: ZUnixSeconds,
  Variables: z.array(ZVariable).nullish(),
  UUI: z.string().nullish(),
  Status: ZPredictiveStatus,
  StatusReason: ZPredictiveStatusReason.nullish(),
});
export type TDescribePredictiveDialingCampaignResponse = z.infer<typeof ZDescribePredictiveDialingCampaignResponse>;

export const ZDescribePredictiveDialingCampaignsRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  PageSize: z.number().int().min(1).max(100),
  PageNumber: z.number().int().nonnegative(),
  Name: z.string().optional(),
  SkillGroupId: ZInt.optional(),
  CampaignId: ZCampaignId.optional(),
});
export const ZPredictiveCampaignListItem = z.object({
  CampaignId: ZCampaignId,
  Name: z.string(),
  Status: ZPredictiveStatus,
  StatusReason: ZPredictiveStatusReason.nullish(),
  CalleeCount: z.number().int().nonnegative(),
  FinishedCalleeCount: z.number().int().nonnegative(),
  Priority: ZInt,
  SkillGroupId: ZInt,
});
export type TPredictiveCampaignListItem = z.infer<typeof ZPredictiveCampaignListItem>;
export const ZDescribePredictiveDialingCampaignsResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  CampaignList: z.array(ZPredictiveCampaignListItem),
});
