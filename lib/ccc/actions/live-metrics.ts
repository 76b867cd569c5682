/** Real-time figures: agents' states (DescribeStaffStatusMetrics) and calls waiting or ringing (DescribeCallInMetrics). */
import { z } from "zod";
import { ZBaseResponse, ZInt, ZSdkAppId } from "./common";

export const STAFF_STATUSES = ["free", "busy", "rest", "notReady", "afterCallWork", "offline"] as const;
export const ZStaffStatus = z.enum(STAFF_STATUSES);
export type TStaffStatus = z.infer<typeof ZStaffStatus>;

export const ZDescribeStaffStatusMetricsRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  StaffList: z.array(z.string()).optional(),
  GroupIdList: z.array(ZInt).optional(),
  StatusList: z.array(ZStaffStatus).optional(),
});
export const ZStaffStatusMetrics = z.object({
  Email: z.string(),
  // A string rather than the enum: CCC may add states, and a live view must not fail on one it does not know.
  Status: z.string(),
  StatusExtra: z.object({ Type: z.string().nullish(), Direct: z.string().nullish() }).nullish(),
  OnlineDuration: ZInt.nullish(),
  FreeDuration: ZInt.nullish(),
  BusyDuration: ZInt.nullish(),
  NotReadyDuration: ZInt.nullish(),
  RestDuration: ZInt.nullish(),
  AfterCallWorkDuration: ZInt.nullish(),
  Reason: z.string().nullish(),
  ReserveRest: z.boolean().nullish(),
  ReserveNotReady: z.boolean().nullish(),
  UseMobileAccept: ZInt.nullish(),
  UseMobileCallOut: z.boolean().nullish(),
  LastOnlineTimestamp: ZInt.nullish(),
  LastStatusTimestamp: ZInt.nullish(),
});
export type TStaffStatusMetrics = z.infer<typeof ZStaffStatusMetrics>;
export const ZDescribeStaffStatusMetricsResponse = ZBaseResponse.extend({
  Metrics: z.array(ZStaffStatusMetrics),
});

export const ZDescribeCallInMetricsRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  EnabledSkillGroup: z.boolean().optional(),
  EnabledNumber: z.boolean().optional(),
  GroupIdList: z.array(ZInt).optional(),
});
export const ZCallInMetrics = z.object({
  IvrCount: ZInt.nullish(),
  QueueCount: ZInt.nullish(),
  RingCount: ZInt.nullish(),
  AcceptCount: ZInt.nullish(),
  TransferOuterCount: ZInt.nullish(),
  MaxQueueDuration: ZInt.nullish(),
  AvgQueueDuration: ZInt.nullish(),
  MaxRingDuration: ZInt.nullish(),
  AvgRingDuration: ZInt.nullish(),
  MaxAcceptDuration: ZInt.nullish(),
  AvgAcceptDuration: ZInt.nullish(),
});
export type TCallInMetrics = z.infer<typeof ZCallInMetrics>;
export const ZCallInSkillGroupMetrics = z.object({ SkillGroupId: ZInt, Metrics: ZCallInMetrics, Name: z.string() });
export const ZDescribeCallInMetricsResponse = ZBaseResponse.extend({
  Timestamp: ZInt.nullish(),
  TotalMetrics: ZCallInMetrics.nullish(),
  NumberMetrics: z
    .array(
      z.object({
        Number: z.string().nullish(),
        Metrics: ZCallInMetrics.nullish(),
        SkillGroupMetrics: z.array(ZCallInSkillGroupMetrics).nullish(),
      }),
    )
    .nullish(),
  SkillGroupMetrics: z.array(ZCallInSkillGroupMetrics).nullish(),
});
