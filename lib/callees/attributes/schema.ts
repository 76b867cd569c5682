/**
 * Zod pieces for per-callee data, shared by the forms (browser) and the action input schemas. Like the callee list,
 * the data travels to an action as one JSON string (`attributesToWire`): React's action decoder counts every string
 * inside arrays against a 1,000,000-character limit, which 100,000 callees' data would pass. Messages are keys under
 * `CalleeList.errors`.
 */
import { z } from "zod";
import { TC3_MAX_BODY_BYTES } from "../wire";
import { checkAttributes } from "./rules";
import type { AttributeErrorCode, CalleeAttribute } from "./types";

const ZCalleeVariable = z.strictObject({ key: z.string(), value: z.string() });
/** Shape only; the limits are `checkAttributes`', checked against the callee list by `refineAttributes`. */
export const ZCalleeAttribute = z.strictObject({
  callee: z.string(),
  uui: z.string().optional(),
  variables: z.array(ZCalleeVariable).optional(),
});

/** The form's field: the data of the callees that have any (left out or empty when none). */
export function calleeAttributesField() {
  return z.array(ZCalleeAttribute, { error: "attributeEmpty" satisfies AttributeErrorCode }).default([]);
}

/** The action's field: the JSON string the form sends ("" or left out for none), parsed into the same array. */
export function calleeAttributesWireField() {
  return z
    .string()
    .max(TC3_MAX_BODY_BYTES, { error: "attributeValueLong" satisfies AttributeErrorCode })
    .optional()
    .transform((wire, ctx): unknown => {
      if (!wire) return [];
      try {
        return JSON.parse(wire);
      } catch {
        ctx.addIssue({ code: "custom", message: "attributeEmpty" satisfies AttributeErrorCode });
        return z.NEVER;
      }
    })
    .pipe(calleeAttributesField());
}

export function attributesToWire(attributes: readonly CalleeAttribute[]): string {
  return attributes.length === 0 ? "" : JSON.stringify(attributes);
}

/** Adds the one issue `checkAttributes` finds, on `calleeAttributes`, to a schema's refinement. */
export function refineAttributes(
  value: { callees: readonly string[]; calleeAttributes: readonly CalleeAttribute[] },
  ctx: z.RefinementCtx,
): void {
  const problem = checkAttributes(value.calleeAttributes, value.callees);
  if (problem) ctx.addIssue({ code: "custom", path: ["calleeAttributes"], message: problem.code });
}
