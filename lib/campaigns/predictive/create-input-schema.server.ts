/**
 * The create action's input: the form's schema (create-schema.ts) with the callees and their data in their wire
 * forms (one "\n"-joined string and one JSON string: React's action decoder refuses an argument holding 100,000
 * strings), re-normalized by the server itself, plus the idempotency key the form made when it opened and the
 * campaign it was cloned from.
 */
import "server-only";
import { z } from "zod";
import { calleeAttributesWireField } from "@/lib/callees/attributes/schema";
import { calleesWireField } from "@/lib/callees/wire-field";
import { ZPredictiveCreateFields } from "./create-schema";
import { addRules } from "./update-schema";

export function predictiveCreateInputSchema(now: () => number) {
  return addRules(
    ZPredictiveCreateFields.extend({
      callees: calleesWireField(),
      calleeAttributes: calleeAttributesWireField(),
      idempotencyKey: z.uuid(),
      clonedFromCampaignId: z.number().int().positive().optional(),
    }),
    now,
  );
}

export type TPredictiveCreateActionInput = z.output<ReturnType<typeof predictiveCreateInputSchema>>;
