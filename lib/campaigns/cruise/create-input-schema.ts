/**
 * The create action's input: the form's schema (create-schema.ts) with two changes for the trip to the server.
 * Callees travel in the wire form (E.164 numbers joined with "\n", lib/callees/wire.ts): React refuses to decode a
 * server action argument holding a 100,000-element array, and one string is also far smaller. The server
 * re-normalizes that string itself (normalizeCalleesOnServer: its own region and limits), then applies the form's
 * own callee rules. Plus the idempotency key the form generated when it opened, and the campaign it was cloned from.
 */
import { z } from "zod";
import { CALLEE_FIELD_ERRORS, calleesField } from "@/lib/callees/form-schema";
import { normalizeCalleesOnServer } from "@/lib/callees/server";
import { checkTimes, ZCruiseCampaignFields } from "./create-schema";

/** Wire string → the server's own normalized list; refusals use the callee field's message keys. */
const ZCalleesWire = z
  .string({ error: CALLEE_FIELD_ERRORS.calleesRequired })
  .transform((wire, ctx) => {
    const result = normalizeCalleesOnServer(wire);
    if (result.ok) return result.numbers;
    const tooMany = result.code === "too_many" || result.code === "wire_too_large";
    ctx.addIssue({
      code: "custom",
      message: tooMany ? CALLEE_FIELD_ERRORS.calleesTooMany : CALLEE_FIELD_ERRORS.calleeNotE164,
    });
    return z.NEVER;
  })
  .pipe(calleesField());

export function createCruiseCampaignInputSchema(now: () => number) {
  return ZCruiseCampaignFields.extend({
    callees: ZCalleesWire,
    idempotencyKey: z.uuid(),
    clonedFromCampaignId: z.number().int().positive().optional(),
  }).superRefine(checkTimes(now));
}

export type TCreateCruiseCampaignInput = z.output<ReturnType<typeof createCruiseCampaignInputSchema>>;
