/**
 * The one list of a predictive campaign's editable fields: the console's name → CCC's. It drives the Describe
 * snapshot (snapshot.ts), the update request (to-update-request.ts), the audit comparison (update-campaign.ts), the
 * edit form's values, and where a CCC error about a request field lands on the form. Typed both ways: a snapshot
 * field without a CCC name, or a CCC request field without a place on the form, does not compile. Browser-safe.
 */
import type { CccRequestField } from "@/lib/ccc/errors";
import { byWireName, type WireToForm } from "../wire-fields";
import type { TPredictiveCreateFields } from "./create-schema";
import type { TPredictiveSnapshot } from "./snapshot";
import type { TPredictiveUpdateFields } from "./update-schema";

type UpdateWireField = CccRequestField<"UpdatePredictiveDialingCampaign">;

/** The fields the snapshot and the edit share: everything but status (snapshot only), lists and ids (edit only). */
export type PredictiveCampaignField = Exclude<keyof TPredictiveSnapshot, "status" | "statusReason">;

export const PREDICTIVE_WIRE_NAMES = {
  name: "Name",
  callOrder: "CallOrder",
  skillGroupId: "SkillGroupId",
  ivrId: "IVRId",
  priority: "Priority",
  expectedAbandonRate: "ExpectedAbandonRate",
  retryTimes: "RetryTimes",
  retryInterval: "RetryInterval",
  startTime: "StartTime",
  endTime: "EndTime",
  variables: "Variables",
  uui: "UUI",
} as const satisfies { readonly [F in PredictiveCampaignField]: UpdateWireField };

export const PREDICTIVE_CAMPAIGN_FIELDS = Object.keys(PREDICTIVE_WIRE_NAMES) as PredictiveCampaignField[];

/** The fields the edit form renders. */
export type PredictiveFormField = Exclude<keyof TPredictiveUpdateFields, "sdkAppId" | "campaignId">;

/**
 * Where a CCC error about an UpdatePredictiveDialingCampaign field lands on the edit form; null for the ones the
 * form does not render (the ids come from the route): shown for the form as a whole.
 */
export const PREDICTIVE_UPDATE_ERROR_FIELDS: WireToForm<UpdateWireField, PredictiveFormField> = {
  ...byWireName(PREDICTIVE_WIRE_NAMES),
  Callees: "callees",
  Callers: "callers",
  SdkAppId: null,
  CampaignId: null,
  CalleeAttributes: "calleeAttributes",
};

/**
 * A snapshot's or an edit's campaign fields with absent optional values made alike (null, and "" for the UUI,
 * which CCC clears with ""), so the two compare field by field.
 */
export function comparableFields(source: Pick<TPredictiveUpdateFields | TPredictiveSnapshot, PredictiveCampaignField>) {
  const values = Object.fromEntries(PREDICTIVE_CAMPAIGN_FIELDS.map((field) => [field, source[field] ?? null]));
  return { ...values, uui: source.uui ?? "" } as {
    [F in PredictiveCampaignField]: NonNullable<TPredictiveSnapshot[F]> | null;
  };
}

type CreateWireField = CccRequestField<"CreatePredictiveDialingCampaign">;

/** The fields the create form renders (the app is chosen before the form opens). */
export type PredictiveCreateFormField = Exclude<keyof TPredictiveCreateFields, "sdkAppId">;

/** Where a CCC error about a CreatePredictiveDialingCampaign field lands on the create form. */
export const PREDICTIVE_CREATE_ERROR_FIELDS: WireToForm<CreateWireField, PredictiveCreateFormField> = {
  ...byWireName(PREDICTIVE_WIRE_NAMES),
  Callees: "callees",
  Callers: "callers",
  SdkAppId: null,
  CalleeAttributes: "calleeAttributes",
  TimeZone: "timeZone",
  AvailableTime: "availableTime",
};
