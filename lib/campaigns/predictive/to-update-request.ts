/** The console's edit (camelCase, validated) → CCC's UpdatePredictiveDialingCampaign request, by the field table. */
import type { CalleeAttribute } from "@/lib/callees/attributes/types";
import type { TCalleeAttribute, TUpdatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import { PREDICTIVE_CAMPAIGN_FIELDS, PREDICTIVE_WIRE_NAMES, type PredictiveCampaignField } from "./fields";
import type { TPredictiveUpdateFields } from "./update-schema";

type WireValues = {
  [F in PredictiveCampaignField as (typeof PREDICTIVE_WIRE_NAMES)[F]]: TPredictiveUpdateFields[F];
};

function toWireAttribute(a: CalleeAttribute): TCalleeAttribute {
  const wire: TCalleeAttribute = { Callee: a.callee };
  if (a.uui !== undefined) wire.UUI = a.uui;
  if (a.variables) wire.Variables = a.variables.map((v) => ({ Key: v.key, Value: v.value }));
  return wire;
}

export function toUpdateRequest(edit: TPredictiveUpdateFields): TUpdatePredictiveDialingCampaignRequest {
  // Object.fromEntries loses the key types; the table says each CCC name holds its field's value.
  const fields = Object.fromEntries(
    PREDICTIVE_CAMPAIGN_FIELDS.map((field) => [PREDICTIVE_WIRE_NAMES[field], edit[field]]),
  ) as WireValues;
  return {
    ...fields,
    SdkAppId: edit.sdkAppId,
    CampaignId: edit.campaignId,
    Callees: edit.callees,
    Callers: edit.callers,
    // Sent even when empty, so clearing the field in the form clears it in CCC.
    UUI: edit.uui ?? "",
    // Always sent, even empty: CCC requires every field on update, and an empty list is how variables are cleared.
    Variables: edit.variables.map((v) => ({ Key: v.key, Value: v.value })),
    // Left out when there is none: the console never invents an empty list CCC might read as "clear".
    ...(edit.calleeAttributes.length > 0 ? { CalleeAttributes: edit.calleeAttributes.map(toWireAttribute) } : {}),
  };
}
