/**
 * The update action's input schema (server side; the form's own schema is update-schema.ts, which the browser
 * imports and which therefore must not pull in the server's callee normalizer).
 */
import "server-only";
import type { z } from "zod";
import { calleeAttributesWireField } from "@/lib/callees/attributes/schema";
import { calleesWireField } from "@/lib/callees/wire-field";
import { ZPredictiveSnapshot } from "./snapshot";
import { addRules, ZPredictiveUpdateFields } from "./update-schema";

/**
 * The action's schema: the same fields and rules, plus the Describe snapshot the form was opened with, flat so
 * field errors keep the form's field names. Callees travel as one "\n"-joined string (`toWire`): React's action
 * decoder refuses an array of 100,000 strings (see `calleesWireField`); the parsed value is the same string[]. The
 * per-callee data travels as one JSON string for the same reason (`attributesToWire`).
 */
export function predictiveUpdateInputSchema(now: () => number) {
  return addRules(
    ZPredictiveUpdateFields.extend({
      callees: calleesWireField(),
      calleeAttributes: calleeAttributesWireField(),
      snapshot: ZPredictiveSnapshot,
    }),
    now,
  );
}
export type TPredictiveUpdateInput = z.output<ReturnType<typeof predictiveUpdateInputSchema>>;
