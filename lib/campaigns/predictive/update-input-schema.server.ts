/**
 * The update action's input schema (server side; the form's own schema is update-schema.ts, which the browser
 * imports and which therefore must not pull in the server's callee normalizer).
 */
import "server-only";
import type { z } from "zod";
import { calleeAttributesWireField } from "@/lib/callees/attributes/schema";
import { calleesWireField } from "@/lib/callees/wire-field";
import { ZTimeZone } from "@/lib/users/schemas";
import { ZPredictiveSnapshot } from "./snapshot";
import { addRules, addUnsetRule, ZPredictiveUpdateFields } from "./update-schema";

/**
 * The action's schema: the same fields and rules, plus the Describe snapshot the form was opened with, flat so
 * field errors keep the form's field names. Callees travel as one "\n"-joined string (`toWire`): React's action
 * decoder refuses an array of 100,000 strings (see `calleesWireField`); the parsed value is the same string[]; the
 * per-callee data travels as one JSON string for the same reason (`attributesToWire`). The
 * zone the times were entered in is recorded as the campaign's planned zone (campaign_plans).
 */
export function predictiveUpdateInputSchema(now: () => number) {
  const fields = addRules(
    ZPredictiveUpdateFields.extend({
      callees: calleesWireField(),
      calleeAttributes: calleeAttributesWireField(),
      snapshot: ZPredictiveSnapshot,
      timeZone: ZTimeZone.optional(),
    }),
    now,
  );
  return addUnsetRule(fields, (value) => value.snapshot);
}
export type TPredictiveUpdateInput = z.output<ReturnType<typeof predictiveUpdateInputSchema>>;
