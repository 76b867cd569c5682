/**
 * The one list of the cruise create form's fields: the console's name → CCC's CreateAgentCruiseDialingCampaign
 * name. It builds the request (create-schema.ts) and places CCC's errors on the form. Typed both ways: a form field
 * without a CCC name, or a CCC request field without a place on the form, does not compile. The form renders every
 * one of them, the app select included. Browser-safe.
 */
import type { CccRequestField } from "@/lib/ccc/errors";
import { byWireName, type WireToForm } from "../wire-fields";
import type { TCruiseCampaignValues } from "./create-schema";

type CreateWireField = CccRequestField<"CreateAgentCruiseDialingCampaign">;
export type CruiseFormField = keyof TCruiseCampaignValues;

export const CRUISE_WIRE_NAMES = {
  sdkAppId: "SdkAppId",
  name: "Name",
  agent: "Agent",
  concurrencyNumber: "ConcurrencyNumber",
  startTime: "StartTime",
  endTime: "EndTime",
  callees: "Callees",
  callers: "Callers",
  callOrder: "CallOrder",
  uui: "UUI",
} as const satisfies { readonly [F in CruiseFormField]: CreateWireField };

export const CRUISE_FORM_FIELDS = Object.keys(CRUISE_WIRE_NAMES) as CruiseFormField[];

/** Where a CCC error about a CreateAgentCruiseDialingCampaign field lands on the create form. */
export const CRUISE_CREATE_ERROR_FIELDS: WireToForm<CreateWireField, CruiseFormField> = byWireName(CRUISE_WIRE_NAMES);
