/**
 * Where a failed create lands on the form. Typed codes only (CccError.code / .kind / .field), never message text:
 * a CCC validation error naming a field → that field (CRUISE_CREATE_ERROR_FIELDS); LimitExceeded.OutOfCountLimit →
 * the callee list; a timeout, lost connection, gateway 5xx or unreadable reply after sending → "outcome unknown"; anything else → a form-level failure with CCC's code
 * and RequestId. Returns typed failures; the action turns them into an ActionError.
 */
import { type CccError, whetherChanged } from "@/lib/ccc/errors";
import type { RunOnceOutcome } from "@/lib/idempotency/run-once";
import { type CampaignFailure, cccFailure } from "../campaign-failure";
import { CRUISE_CREATE_CODES } from "./create-codes";
import { CRUISE_CREATE_ERROR_FIELDS, type CruiseFormField } from "./fields";

export { CRUISE_CREATE_CODES };

export type CruiseCreateFailure = CampaignFailure<CruiseFormField>;

export function cruiseCreateFailure(
  error: Pick<CccError, "code" | "kind" | "field" | "requestId" | "action">,
): CruiseCreateFailure {
  const failure = cccFailure(error, CRUISE_CREATE_ERROR_FIELDS);
  // Not only our own "ambiguous": a gateway's 5xx or an unreadable reply came after sending too, and CCC may have
  // made the campaign. The form keeps its idempotency key only for outcome_unknown, so a resubmit cannot make two.
  if (whetherChanged(error) === "unknown") return { ...failure, code: CRUISE_CREATE_CODES.outcomeUnknown };
  if (error.code === "LimitExceeded.OutOfCountLimit") return { ...failure, field: "callees" };
  return failure;
}

/** What to tell the form when runOnce did not call CCC because the key was already used. */
export function cruiseReplayFailure(outcome: Exclude<RunOnceOutcome<never>, { status: "done" }>): CruiseCreateFailure {
  switch (outcome.status) {
    case "in_progress":
      // The first submission is still with CCC: it may yet create the campaign.
      return { code: CRUISE_CREATE_CODES.inProgress, field: null, changed: "unknown" };
    case "failed":
      return outcome.outcome === "unknown"
        ? { code: CRUISE_CREATE_CODES.outcomeUnknown, field: null, changed: "unknown" }
        : { code: outcome.errorCode ?? "internal", field: null, changed: "no" };
    case "mismatch":
      return { code: CRUISE_CREATE_CODES.keyUsed, field: null, changed: "no" };
  }
}
