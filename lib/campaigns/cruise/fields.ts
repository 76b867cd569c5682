/**
 * Where a CCC error about a CreateAgentCruiseDialingCampaign field lands on the create form. Every request field is
 * listed, so a new one does not compile until mapped. The form renders all of them, the app select included.
 * Browser-safe.
 */
import type { CccRequestField } from "@/lib/ccc/errors";
import type { WireToForm } from "../wire-fields";
import type { TCruiseCampaignValues } from "./create-schema";

export type CruiseFormField = keyof TCruiseCampaignValues;

export const CRUISE_CREATE_ERROR_FIELDS: WireToForm<
  CccRequestField<"CreateAgentCruiseDialingCampaign">,
  CruiseFormField
> = {
  SdkAppId: "sdkAppId",
  Name: "name",
  Agent: "agent",
  ConcurrencyNumber: "concurrencyNumber",
  StartTime: "startTime",
  EndTime: "endTime",
  Callees: "callees",
  Callers: "callers",
  CallOrder: "callOrder",
  UUI: "uui",
};
