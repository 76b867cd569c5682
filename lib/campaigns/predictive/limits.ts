/**
 * The ranges UpdatePredictiveDialingCampaign documents, read from its wire schema, plus the console's own limits
 * where CCC documents none (name length, number of variables). Shared by the form (hints, input bounds) and the
 * schema.
 */
import { ZUui } from "@/lib/ccc/actions/common";
import {
  ZCreatePredictiveDialingCampaignRequest,
  ZPriority,
  ZRetryInterval,
  ZRetryTimes,
  ZUpdatePredictiveDialingCampaignRequest,
} from "@/lib/ccc/actions/predictive";
import { maxLengthOf, rangeOf } from "../wire-limits";

export const PREDICTIVE_LIMITS = {
  priority: rangeOf(ZPriority),
  // The update's own range (5–50); create documents 0–50.
  expectedAbandonRate: rangeOf(ZUpdatePredictiveDialingCampaignRequest.shape.ExpectedAbandonRate),
  /** CreatePredictiveDialingCampaign documents 0–50 (a new campaign may start with no abandon allowance). */
  expectedAbandonRateCreate: rangeOf(ZCreatePredictiveDialingCampaignRequest.shape.ExpectedAbandonRate),
  retryInterval: rangeOf(ZRetryInterval),
  retryTimes: rangeOf(ZRetryTimes),
  /** Not documented by CCC: our choice, shown in the form. */
  nameMax: 100,
  /** CCC's UUI limit on create; the same on update. */
  uuiMax: maxLengthOf(ZUui),
  /** Not documented by CCC: our choice, shown in the form. */
  variablesMax: 20,
  variableKeyMax: 64,
  variableValueMax: 1024,
} as const;

/** Seconds → whole hours, minutes and seconds, for the retry interval's three inputs. */
export function splitSeconds(total: number): { hours: number; minutes: number; seconds: number } {
  const safe = Math.max(0, Math.trunc(total));
  return { hours: Math.floor(safe / 3600), minutes: Math.floor((safe % 3600) / 60), seconds: safe % 60 };
}

/** The inverse of splitSeconds; NaN in any part gives NaN, so the schema reports "not a number". */
export function joinSeconds(parts: { hours: number; minutes: number; seconds: number }): number {
  return parts.hours * 3600 + parts.minutes * 60 + parts.seconds;
}
