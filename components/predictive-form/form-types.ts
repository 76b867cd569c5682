import type { z } from "zod";
import { PREDICTIVE_CAMPAIGN_FIELDS, type PredictiveCampaignField } from "@/lib/campaigns/predictive/fields";
import type { TPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import type { ZPredictiveUpdateFields } from "@/lib/campaigns/predictive/update-schema";

export type EditInput = z.input<typeof ZPredictiveUpdateFields>;
export type EditOutput = z.output<typeof ZPredictiveUpdateFields>;

/** The fields the form shares with CCC's Describe snapshot (everything but the lists and the ids): the kind's table. */
export const SNAPSHOT_FORM_FIELDS = PREDICTIVE_CAMPAIGN_FIELDS;
export type SnapshotFormField = PredictiveCampaignField;

/** A snapshot field's value as the form holds it: absent optional values become empty ("not set") inputs, never 0. */
export function formValueOf(snapshot: TPredictiveSnapshot, field: SnapshotFormField): EditInput[SnapshotFormField] {
  switch (field) {
    case "ivrId":
      return snapshot.ivrId ?? undefined;
    case "retryTimes":
      return snapshot.retryTimes ?? undefined;
    case "uui":
      return snapshot.uui ?? "";
    default:
      return snapshot[field];
  }
}

export function defaultsFrom(
  snapshot: TPredictiveSnapshot,
  ids: { sdkAppId: number; campaignId: number },
  lists: { callees: string[]; callers: string[]; calleeAttributes: EditInput["calleeAttributes"] } | null,
): EditInput {
  const values = Object.fromEntries(SNAPSHOT_FORM_FIELDS.map((f) => [f, formValueOf(snapshot, f)]));
  // The data last sent goes with the list it was sent with: kept as long as that list is.
  const calleeAttributes = lists?.calleeAttributes ?? [];
  return {
    ...ids,
    ...values,
    callees: lists?.callees ?? [],
    calleeAttributes,
    callers: lists?.callers ?? [],
  } as EditInput;
}
