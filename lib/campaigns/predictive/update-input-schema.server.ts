/**
 * The update action's input schema (server side; the form's own schema is update-schema.ts, which the browser
 * imports and which therefore must not pull in the server's callee normalizer).
 */
import "server-only";
import type { z } from "zod";
import { calleesWireField } from "@/lib/callees/wire-field";
import { ZPredictiveSnapshot } from "./snapshot";
import { addRules, ZPredictiveUpdateFields } from "./update-schema";

/**
 * The action's schema: the same fields and rules, plus the Describe snapshot the form was opened with, flat so
 * field errors keep the form's field names. Callees travel as one "\n"-joined string (`toWire`): React's action
 * decoder refuses an array of 100,000 strings (see `calleesWireField`); the parsed value is the same string[].
 */
export function predictiveUpdateInputSchema(now: () => number) {
  return addRules(ZPredictiveUpdateFields.extend({ callees: calleesWireField(), snapshot: ZPredictiveSnapshot }), now);
}
export type TPredictiveUpdateInput = z.output<ReturnType<typeof predictiveUpdateInputSchema>>;
