/**
 * A validated create form → CCC's CreatePredictiveDialingCampaign request. The campaign fields go through the same
 * wire-name table as the update (fields.ts); an optional field the user left empty (RetryTimes, IVRId, UUI,
 * Variables, CalleeAttributes, AvailableTime) stays out of the request rather than being sent as 0 or "".
 */
import type { TCreatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import { toWireAvailableTime } from "./available-time";
import type { TPredictiveCreateFields } from "./create-schema";
import { PREDICTIVE_CAMPAIGN_FIELDS, PREDICTIVE_WIRE_NAMES } from "./fields";
import { toWireAttribute } from "./to-update-request";

export function toPredictiveCreateRequest(values: TPredictiveCreateFields): TCreatePredictiveDialingCampaignRequest {
  const fields = Object.fromEntries(
    PREDICTIVE_CAMPAIGN_FIELDS.map((field) => [PREDICTIVE_WIRE_NAMES[field], values[field]]).filter(
      ([, value]) => value !== undefined,
    ),
  );
  // Object.fromEntries loses the key types; the table says each CCC name holds its field's value.
  const {
    UUI: _uui,
    Variables: _variables,
    ...campaign
  } = fields as Omit<TCreatePredictiveDialingCampaignRequest, "SdkAppId" | "Callees" | "Callers">;
  const availableTime = toWireAvailableTime(values.availableTime);
  return {
    ...campaign,
    SdkAppId: values.sdkAppId,
    Callees: values.callees,
    Callers: values.callers.map((caller) => caller.trim()),
    ...(values.uui ? { UUI: values.uui } : {}),
    ...(values.variables.length > 0
      ? { Variables: values.variables.map((v) => ({ Key: v.key, Value: v.value })) }
      : {}),
    ...(values.calleeAttributes.length > 0 ? { CalleeAttributes: values.calleeAttributes.map(toWireAttribute) } : {}),
    TimeZone: values.timeZone,
    ...(availableTime ? { AvailableTime: availableTime } : {}),
  };
}
