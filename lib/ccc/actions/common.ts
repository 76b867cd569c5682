/** Field schemas shared by several CCC actions, with the ranges CCC documents (shared/ccc-api/README.md). */
import { z } from "zod";

export const ZInt = z.number().int();
export const ZSdkAppId = z.number().int().positive();
export const ZCampaignId = z.number().int().positive();
/** Unix seconds. */
export const ZUnixSeconds = z.number().int().nonnegative();
export const ZCallOrder = z.union([z.literal(0), z.literal(1)]);
export const ZUui = z.string().max(1024);
export const ZRequestId = z.string();
export const ZVariable = z.object({ Key: z.string(), Value: z.string() });

/** Every reply carries a RequestId; each action's response schema extends this. */
export const ZBaseResponse = z.object({ RequestId: ZRequestId });
export const ZEmptyResponse = ZBaseResponse;

export const ZPaging = {
  PageNumber: z.number().int().nonnegative(),
};
