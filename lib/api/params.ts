/**
 * Path segment schemas for withRoute's `params`: the only place a route turns `[sdkAppId]` or `[campaignId]` into a
 * number. Strict decimal (no "1e3", "0x10", " 12" or leading zeros), within JavaScript's safe integers.
 */
import { z } from "zod";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";

const ZIdSegment = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, "must be a positive whole number")
  .transform(Number)
  .pipe(z.number().int().max(Number.MAX_SAFE_INTEGER));

/** `/api/apps/[sdkAppId]/…` */
export const ZAppParams = z.strictObject({ sdkAppId: ZIdSegment.pipe(ZSdkAppId) });

/** `/api/apps/[sdkAppId]/…/[campaignId]` */
export const ZAppCampaignParams = ZAppParams.extend({ campaignId: ZIdSegment.pipe(ZCampaignId) });
