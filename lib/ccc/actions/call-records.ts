/**
 * What a campaign dialled: the session ids of a predictive campaign, and call detail records (CDRs) looked up by
 * session id, phone or time window. Limits are CCC's documented ones (tencentcloud-sdk-nodejs 4.1.313,
 * ccc_models.d.ts): sessions pages of at most 1,000, CDR pages of at most 100, a CDR window reaching back at most 180
 * days (checked by CCC against its clock) and spanning less than 90 days (checked here too).
 */
import { z } from "zod";
import { ZBaseResponse, ZCampaignId, ZInt, ZSdkAppId, ZUnixSeconds } from "./common";

export const SESSIONS_PAGE_MAX = 1_000;
export const TEL_CDR_PAGE_MAX = 100;
export const TEL_CDR_MAX_AGE_SECONDS = 180 * 86_400;
/** EndTimeStamp − StartTimeStamp must stay below this. */
export const TEL_CDR_MAX_RANGE_SECONDS = 90 * 86_400;

export const ZDescribePredictiveDialingSessionsRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  CampaignId: ZCampaignId,
  PageSize: z.number().int().min(1).max(SESSIONS_PAGE_MAX),
  PageNumber: z.number().int().nonnegative(),
});
export const ZDescribePredictiveDialingSessionsResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  SessionList: z.array(z.string()),
});

export const ZDescribeTelCdrRequest = z
  .strictObject({
    StartTimeStamp: ZUnixSeconds,
    EndTimeStamp: ZUnixSeconds,
    SdkAppId: ZSdkAppId,
    PageSize: z.number().int().min(1).max(TEL_CDR_PAGE_MAX),
    PageNumber: z.number().int().nonnegative(),
    /** Deprecated by CCC; accepted and ignored. */
    InstanceId: ZInt.optional(),
    Limit: ZInt.optional(),
    Offset: ZInt.optional(),
    Phones: z.array(z.string()).optional(),
    SessionIds: z.array(z.string()).optional(),
  })
  .refine((r) => r.EndTimeStamp >= r.StartTimeStamp && r.EndTimeStamp - r.StartTimeStamp < TEL_CDR_MAX_RANGE_SECONDS, {
    path: ["EndTimeStamp"],
    message: "at or after StartTimeStamp and less than 90 days after it",
  });
export type TDescribeTelCdrRequest = z.infer<typeof ZDescribeTelCdrRequest>;

export const ZSeatUser = z.object({
  Name: z.string().nullish(),
  Mail: z.string().nullish(),
  StaffNumber: z.string().nullish(),
  Phone: z.string().nullish(),
  Nick: z.string().nullish(),
  UserId: z.string().nullish(),
});

/** The fields of CCC's TelCdrInfo the console reads or shows; others are dropped when parsed. */
export const ZTelCdr = z.object({
  SessionId: z.string().nullish(),
  Caller: z.string().nullish(),
  Callee: z.string().nullish(),
  ProtectedCaller: z.string().nullish(),
  ProtectedCallee: z.string().nullish(),
  Time: ZInt.nullish(),
  /** 0 inbound, 1 outbound. */
  Direction: ZInt.nullish(),
  /** 1 outbound, 2 inbound, 3 audio inbound, 5 predictive, 6 internal. */
  CallType: ZInt.nullish(),
  Duration: ZInt.nullish(),
  RecordURL: z.string().nullish(),
  RecordId: z.string().nullish(),
  SeatUser: ZSeatUser.nullish(),
  EndStatus: ZInt.nullish(),
  EndStatusString: z.string().nullish(),
  SkillGroup: z.string().nullish(),
  SkillGroupId: ZInt.nullish(),
  CallerLocation: z.string().nullish(),
  IVRDuration: ZInt.nullish(),
  RingTimestamp: ZInt.nullish(),
  AcceptTimestamp: ZInt.nullish(),
  EndedTimestamp: ZInt.nullish(),
  StartTimestamp: ZInt.nullish(),
  QueuedTimestamp: ZInt.nullish(),
  QueuedSkillGroupId: ZInt.nullish(),
  HungUpSide: z.string().nullish(),
  UUI: z.string().nullish(),
});
export type TTelCdr = z.infer<typeof ZTelCdr>;

export const ZDescribeTelCdrResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  /** Deprecated name of TelCdrList; older answers may carry only this one. */
  TelCdrs: z.array(ZTelCdr).nullish(),
  TelCdrList: z.array(ZTelCdr).nullish(),
});
