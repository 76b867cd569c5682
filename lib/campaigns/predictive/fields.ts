/**
 * Where a CCC error about an UpdatePredictiveDialingCampaign field lands on the edit form. Every request field is
 * listed, so a new one does not compile until mapped; null for the ones the form does not render (the ids come from
 * the route, CalleeAttributes are never sent), whose errors are shown for the form as a whole. Browser-safe.
 */
import type { CccRequestField } from "@/lib/ccc/errors";
import type { WireToForm } from "../wire-fields";
import type { TPredictiveUpdateFields } from "./update-schema";

/** The fields the edit form renders. */
export type PredictiveFormField = Exclude<keyof TPredictiveUpdateFields, "sdkAppId" | "campaignId">;

export const PREDICTIVE_UPDATE_ERROR_FIELDS: WireToForm<
  CccRequestField<"UpdatePredictiveDialingCampaign">,
  PredictiveFormField
> = {
  SdkAppId: null,
  CampaignId: null,
  CalleeAttributes: null,
  Name: "name",
  Callees: "callees",
  Callers: "callers",
  CallOrder: "callOrder",
  SkillGroupId: "skillGroupId",
  Priority: "priority",
  ExpectedAbandonRate: "expectedAbandonRate",
  RetryInterval: "retryInterval",
  StartTime: "startTime",
  EndTime: "endTime",
  IVRId: "ivrId",
  RetryTimes: "retryTimes",
  UUI: "uui",
  Variables: "variables",
};
