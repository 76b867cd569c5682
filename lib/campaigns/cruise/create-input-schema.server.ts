/**
 * The create action's input: the form's schema (create-schema.ts) with two changes for the trip to the server.
 * Callees travel in the wire form (E.164 numbers joined with "\n", lib/callees/wire.ts): React refuses to decode a
 * server action argument holding a 100,000-element array, and one string is also far smaller. The server
 * re-normalizes that string itself (calleesWireField), then applies the form's own callee rules. Plus the
 * idempotency key the form generated when it opened, the campaign it was cloned from, and the zone its times were
 * entered in (kept in campaign_plans: CCC stores only Unix seconds).
 */
import "server-only";
import { z } from "zod";
import { calleesWireField } from "@/lib/callees/wire-field";
import { ZTimeZone } from "@/lib/users/schemas";
import { checkTimes, ZCruiseCampaignFields } from "./create-schema";

export function createCruiseCampaignInputSchema(now: () => number) {
  return ZCruiseCampaignFields.extend({
    callees: calleesWireField(),
    idempotencyKey: z.uuid(),
    clonedFromCampaignId: z.number().int().positive().optional(),
    timeZone: ZTimeZone.optional(),
  }).superRefine(checkTimes(now));
}

export type TCreateCruiseCampaignInput = z.output<ReturnType<typeof createCruiseCampaignInputSchema>>;
