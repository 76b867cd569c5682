/** Look-ups that feed the console's pickers: skill groups, agents (staff) and caller numbers. */
import { z } from "zod";
import { ZBaseResponse, ZInt, ZSdkAppId } from "./common";

export const ZDescribeSkillGroupInfoListRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  PageSize: z.number().int().min(1).max(100),
  PageNumber: z.number().int().nonnegative(),
  SkillGroupId: ZInt.optional(),
  ModifiedTime: ZInt.optional(),
  SkillGroupName: z.string().optional(),
});
/** 0 phone, 1 online, 3 audio, 4 video. */
export const ZSkillGroup = z.object({
  SkillGroupId: ZInt,
  SkillGroupName: z.string(),
  SkillGroupType: ZInt,
  RoutePolicy: z.string().nullish(),
  MaxConcurrency: ZInt.nullish(),
  LastModifyTimestamp: ZInt.nullish(),
  Alias: z.string().nullish(),
  RingAll: z.boolean().nullish(),
});
export type TSkillGroup = z.infer<typeof ZSkillGroup>;
export const ZDescribeSkillGroupInfoListResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  SkillGroupList: z.array(ZSkillGroup),
});

export const ZDescribeStaffInfoListRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  PageSize: z.number().int().min(1).max(9999),
  PageNumber: z.number().int().nonnegative(),
  StaffMail: z.string().optional(),
  ModifiedTime: ZInt.optional(),
  SkillGroupId: ZInt.optional(),
});
export const ZStaffSkillGroup = z.object({
  SkillGroupId: ZInt,
  SkillGroupName: z.string(),
  Priority: ZInt.nullish(),
  Type: ZInt.nullish(),
});
export const ZStaff = z.object({
  Name: z.string().nullish(),
  Mail: z.string(),
  Phone: z.string().nullish(),
  Nick: z.string().nullish(),
  StaffNumber: z.string().nullish(),
  RoleList: z.array(ZInt).nullish(),
  SkillGroupList: z.array(ZStaffSkillGroup).nullish(),
  LastModifyTimestamp: ZInt.nullish(),
  ExtensionNumber: z.string().nullish(),
});
export type TStaff = z.infer<typeof ZStaff>;
export const ZDescribeStaffInfoListResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  StaffList: z.array(ZStaff),
});

export const ZDescribeNumbersRequest = z.strictObject({
  SdkAppId: ZSdkAppId,
  PageNumber: z.number().int().nonnegative().optional(),
  PageSize: z.number().int().min(1).max(100).optional(),
});
/** 1 normal, 2 suspended for arrears, 4 disabled by admin, 5 disabled for violation. */
export const ZNumberState = z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(5)]);
export const ZCallerNumber = z.object({
  Number: z.string(),
  CallOutSkillGroupIds: z.array(ZInt).nullish(),
  State: ZNumberState,
  CostType: ZInt.nullish(),
});
export type TCallerNumber = z.infer<typeof ZCallerNumber>;
export const ZDescribeNumbersResponse = ZBaseResponse.extend({
  TotalCount: z.number().int().nonnegative(),
  Numbers: z.array(ZCallerNumber),
});
