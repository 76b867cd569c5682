/**
 * The one schema of the predictive-campaign create (issue 12): the form validates with it in the browser and
 * create-predictive-campaign-action parses it again on the server. It is the edit's schema (update-schema.ts) with
 * what only a create has: no campaign id yet, CCC's wider abandon-rate range (0–50 on create), the campaign's time
 * zone (CCC's TimeZone; the form also reads start and end there) and its daily calling windows (AvailableTime).
 */
import type { z } from "zod";
import { ZTimeZone } from "@/lib/users/schemas";
import { ZCallableWindows } from "./available-time";
import { PREDICTIVE_LIMITS as L } from "./limits";
import { addRules, intInRange, ZPredictiveUpdateFields } from "./update-schema";

export const ZPredictiveCreateFields = ZPredictiveUpdateFields.omit({ campaignId: true }).extend({
  expectedAbandonRate: intInRange(L.expectedAbandonRateCreate.min, L.expectedAbandonRateCreate.max, "abandonRange"),
  timeZone: ZTimeZone,
  availableTime: ZCallableWindows,
});

/** The form's schema at `now()` (Unix seconds, read at each parse). */
export function predictiveCreateSchema(now: () => number) {
  return addRules(ZPredictiveCreateFields, now);
}

export type TPredictiveCreateInput = z.input<typeof ZPredictiveCreateFields>;
export type TPredictiveCreateFields = z.output<typeof ZPredictiveCreateFields>;
