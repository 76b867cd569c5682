/**
 * The console's edit (camelCase, validated) → CCC's UpdatePredictiveDialingCampaign request, by the field table.
 *
 * CCC's update requires SdkAppId, CampaignId, Name, Callees, Callers, CallOrder, SkillGroupId, Priority,
 * ExpectedAbandonRate, RetryInterval, StartTime and EndTime; IVRId, RetryTimes, Variables, UUI and CalleeAttributes
 * are optional, and an optional field left out keeps CCC's value. So an optional field is sent only when the user
 * set it, or (UUI, Variables) to clear a value CCC holds: the request never invents a value ("RetryTimes: 0") for a
 * field CCC left unset.
 */
import type { CalleeAttribute } from "@/lib/callees/attributes/types";
import type { TCalleeAttribute, TUpdatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import { PREDICTIVE_CAMPAIGN_FIELDS, PREDICTIVE_WIRE_NAMES, type PredictiveCampaignField } from "./fields";
import type { TPredictiveSnapshot } from "./snapshot";
import type { TPredictiveUpdateFields } from "./update-schema";

type WireValues = {
  [F in PredictiveCampaignField as (typeof PREDICTIVE_WIRE_NAMES)[F]]: TPredictiveUpdateFields[F];
};

export function toWireAttribute(a: CalleeAttribute): TCalleeAttribute {
  const wire: TCalleeAttribute = { Callee: a.callee };
  if (a.uui !== undefined) wire.UUI = a.uui;
  if (a.variables) wire.Variables = a.variables.map((v) => ({ Key: v.key, Value: v.value }));
  return wire;
}

/** What CCC holds now for the optional fields that can be cleared (from the re-check's Describe). */
export type ClearableNow = Pick<TPredictiveSnapshot, "uui" | "variables">;

export function toUpdateRequest(
  edit: TPredictiveUpdateFields,
  current: ClearableNow,
): TUpdatePredictiveDialingCampaignRequest {
  // Object.fromEntries loses the key types; the table says each CCC name holds its field's value.
  const fields = Object.fromEntries(
    PREDICTIVE_CAMPAIGN_FIELDS.map((field) => [PREDICTIVE_WIRE_NAMES[field], edit[field]]).filter(
      ([, value]) => value !== undefined,
    ),
  ) as WireValues;
  const { UUI: _uui, Variables: _variables, ...required } = fields;
  const uui = edit.uui ?? "";
  return {
    ...required,
    SdkAppId: edit.sdkAppId,
    CampaignId: edit.campaignId,
    Callees: edit.callees,
    Callers: edit.callers,
    // Empty is sent only to clear what CCC holds; an empty field CCC never had stays out of the request.
    ...(uui !== "" || current.uui ? { UUI: uui } : {}),
    ...(edit.variables.length > 0 || current.variables.length > 0
      ? { Variables: edit.variables.map((v) => ({ Key: v.key, Value: v.value })) }
      : {}),
    // Left out when there is none: the console never invents an empty list CCC might read as "clear".
    ...(edit.calleeAttributes.length > 0 ? { CalleeAttributes: edit.calleeAttributes.map(toWireAttribute) } : {}),
  };
}
