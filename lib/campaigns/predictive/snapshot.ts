/**
 * The Describe snapshot an edit form is opened with. The form sends it back with the edit; right before updating,
 * the server describes the campaign again and compares, so an edit never silently overwrites somebody else's.
 * Browser-safe: no lib/ccc runtime import, only the type of CCC's Describe response.
 */
import { z } from "zod";
import type { TDescribePredictiveDialingCampaignResponse } from "@/lib/ccc/actions/predictive";
import { predictiveStatuses } from "./campaign-row";
import { PREDICTIVE_CAMPAIGN_FIELDS, PREDICTIVE_WIRE_NAMES, type PredictiveCampaignField } from "./fields";

const ZVariable = z.strictObject({ key: z.string(), value: z.string() });

export const ZPredictiveSnapshot = z.strictObject({
  name: z.string(),
  callOrder: z.union([z.literal(0), z.literal(1)]),
  skillGroupId: z.number().int(),
  ivrId: z.number().int().nullable(),
  priority: z.number().int(),
  expectedAbandonRate: z.number().int(),
  retryTimes: z.number().int().nullable(),
  retryInterval: z.number().int(),
  startTime: z.number().int(),
  endTime: z.number().int(),
  variables: z.array(ZVariable),
  uui: z.string().nullable(),
  status: z.enum(predictiveStatuses),
  statusReason: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});
export type TPredictiveSnapshot = z.infer<typeof ZPredictiveSnapshot>;

/** The fields of DescribePredictiveDialingCampaign's answer this needs. */
export type PredictiveDescribeInput = Pick<
  TDescribePredictiveDialingCampaignResponse,
  (typeof PREDICTIVE_WIRE_NAMES)[PredictiveCampaignField] | "Status" | "StatusReason"
>;

/** Describe's answer → the snapshot, field by field through the table; absent optional values become null. */
export function toPredictiveSnapshot(d: PredictiveDescribeInput): TPredictiveSnapshot {
  const values = Object.fromEntries(PREDICTIVE_CAMPAIGN_FIELDS.map((f) => [f, d[PREDICTIVE_WIRE_NAMES[f]] ?? null]));
  return ZPredictiveSnapshot.parse({
    ...values,
    variables: (d.Variables ?? []).map((v) => ({ key: v.Key, value: v.Value })),
    status: predictiveStatuses[d.Status],
    statusReason: d.StatusReason ?? 0,
  });
}

export type SnapshotField = keyof TPredictiveSnapshot;
export interface SnapshotChange {
  field: SnapshotField;
  /** The value when the form was opened. */
  from: TPredictiveSnapshot[SnapshotField];
  /** The value CCC holds now. */
  to: TPredictiveSnapshot[SnapshotField];
}

const FIELDS = Object.keys(ZPredictiveSnapshot.shape) as SnapshotField[];

/** Every field whose value differs between the snapshot the form opened with and CCC's current one. */
export function snapshotChanges(opened: TPredictiveSnapshot, current: TPredictiveSnapshot): SnapshotChange[] {
  return FIELDS.filter((field) => JSON.stringify(opened[field]) !== JSON.stringify(current[field])).map((field) => ({
    field,
    from: opened[field],
    to: current[field],
  }));
}

/** Why a campaign can no longer be edited: its status, or "startPassed" for a pending one whose start is due. */
export type EditBlockReason = "running" | "paused" | "finished" | "aborted" | "startPassed";

/** Null while CCC accepts an update: pending (Status 0) with StartTime still ahead of `nowSeconds`. */
export function editBlockReason(snapshot: Pick<TPredictiveSnapshot, "status" | "startTime">, nowSeconds: number) {
  if (snapshot.status !== "pending") return snapshot.status satisfies EditBlockReason;
  return snapshot.startTime <= nowSeconds ? ("startPassed" as const) : null;
}
