/**
 * The one schema of the predictive-campaign edit: the form validates with it in the browser and
 * update-predictive-campaign-action parses the same one on the server. Messages are keys translated by the form
 * (PredictiveEdit.errors.*). `now` is read when the value is parsed, so a form left open still checks the start
 * time against the moment of submitting.
 */
import { z } from "zod";
import { calleeAttributesField, refineAttributes } from "@/lib/callees/attributes/schema";
import { calleesField, callersField } from "@/lib/callees/form-schema";
import { ZCampaignId, ZSdkAppId } from "@/lib/ccc/actions/common";
import { PREDICTIVE_LIMITS as L } from "./limits";

/** A whole number in [min, max]; `code` names the range in the error ("priorityRange"…). */
export function intInRange(min: number, max: number, code: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? "required" : "notNumber") })
    .int({ error: "notInteger" })
    .min(min, { error: code })
    .max(max, { error: code });
}

const optionalInt = (code: string) =>
  z.number({ error: "notNumber" }).int({ error: "notInteger" }).positive({ error: code }).optional();

export const ZVariableRow = z.strictObject({
  key: z.string().trim().min(1, { error: "variableKeyRequired" }).max(L.variableKeyMax, { error: "variableKeyLong" }),
  value: z.string().max(L.variableValueMax, { error: "variableValueLong" }),
});

/** The editable fields, without the time rules that depend on `now`. */
export const ZPredictiveUpdateFields = z.strictObject({
  sdkAppId: ZSdkAppId,
  campaignId: ZCampaignId,
  name: z.string().trim().min(1, { error: "nameRequired" }).max(L.nameMax, { error: "nameLong" }),
  callees: calleesField(),
  /** Per-callee data (CCC's CalleeAttributes) of the callees that have any. */
  calleeAttributes: calleeAttributesField(),
  callers: callersField(),
  callOrder: z.union([z.literal(0), z.literal(1)], { error: "callOrder" }),
  skillGroupId: z.number({ error: "skillGroupRequired" }).int({ error: "skillGroupRequired" }).positive({
    error: "skillGroupRequired",
  }),
  priority: intInRange(L.priority.min, L.priority.max, "priorityRange"),
  expectedAbandonRate: intInRange(L.expectedAbandonRate.min, L.expectedAbandonRate.max, "abandonRange"),
  retryInterval: intInRange(L.retryInterval.min, L.retryInterval.max, "retryIntervalRange"),
  // Optional in CCC's update: empty ("not set") is left out of the request, never sent as 0.
  retryTimes: intInRange(L.retryTimes.min, L.retryTimes.max, "retryTimesRange").optional(),
  startTime: z.number({ error: "timeRequired" }).int({ error: "timeRequired" }).nonnegative(),
  endTime: z.number({ error: "timeRequired" }).int({ error: "timeRequired" }).nonnegative(),
  ivrId: optionalInt("ivrIdRange"),
  uui: z.string().max(L.uuiMax, { error: "uuiLong" }).optional(),
  variables: z.array(ZVariableRow).max(L.variablesMax, { error: "variablesMany" }),
});

type TimeRuleValue = Pick<
  TPredictiveUpdateFields,
  "startTime" | "endTime" | "variables" | "callees" | "calleeAttributes"
>;

/**
 * The rules that need `now()` (Unix seconds) or several fields: start ahead, end after start, unique keys, per-callee
 * data only for listed callees and within its limits.
 */
export function addRules<S extends z.ZodType<TimeRuleValue>>(schema: S, now: () => number) {
  return schema.superRefine((value, ctx) => {
    if (value.startTime <= now()) ctx.addIssue({ code: "custom", path: ["startTime"], message: "startInPast" });
    if (value.endTime <= value.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    }
    const seen = new Set<string>();
    value.variables.forEach((row, index) => {
      // CCC keys variables by name, so a repeated key would silently drop one of the rows.
      if (seen.has(row.key)) {
        ctx.addIssue({ code: "custom", path: ["variables", index, "key"], message: "variableKeyDup" });
      }
      seen.add(row.key);
    });
    refineAttributes(value, ctx);
  });
}

export type TPredictiveUpdateFields = z.output<typeof ZPredictiveUpdateFields>;

/** The optional numbers CCC keeps when the update leaves them out: once set, they cannot be unset again. */
export const KEPT_WHEN_OMITTED = ["retryTimes", "ivrId"] as const;
type KeptField = (typeof KEPT_WHEN_OMITTED)[number];

/**
 * The fields emptied on the form although CCC holds a value: leaving them out would keep CCC's value while the form
 * says "not set", so they are refused ("cannotUnset") rather than saved as something the user did not see.
 */
export function unsetFieldsCccWouldKeep(
  edit: Partial<Record<KeptField, number | undefined>>,
  opened: Record<KeptField, number | null>,
): KeptField[] {
  return KEPT_WHEN_OMITTED.filter((field) => opened[field] !== null && edit[field] === undefined);
}

/** Adds the "cannotUnset" rule against the snapshot the form was opened with (read when the value is parsed). */
export function addUnsetRule<S extends z.ZodType<Partial<Record<KeptField, number | undefined>>>>(
  schema: S,
  opened: (value: z.output<S>) => Record<KeptField, number | null>,
) {
  return schema.superRefine((value, ctx) => {
    for (const field of unsetFieldsCccWouldKeep(value, opened(value))) {
      ctx.addIssue({ code: "custom", path: [field], message: "cannotUnset" });
    }
  });
}

/** The form's schema at `now()`. */
export function predictiveUpdateSchema(now: () => number) {
  return addRules(ZPredictiveUpdateFields, now);
}
