/**
 * Where a failed create lands on the form, for both campaign kinds. Typed codes only (CccError.code / .kind /
 * .field), never message text: a CCC validation error naming a field → that field (the kind's wire→form table);
 * LimitExceeded.OutOfCountLimit → the callee list; a timeout, lost connection, gateway 5xx or unreadable reply after
 * sending → "outcome unknown"; anything else → a form-level failure with CCC's code and RequestId. Returns typed
 * failures; the action turns them into an ActionError.
 */
import { type CccError, whetherChanged } from "@/lib/ccc/errors";
import type { RunOnceOutcome } from "@/lib/idempotency/run-once";
import { type CampaignFailure, cccFailure } from "./campaign-failure";
import { CREATE_CODES } from "./create-codes";
import type { WireToForm } from "./wire-fields";

export { CREATE_CODES };

export function createFailure<W extends string, F extends string>(
  error: Pick<CccError, "code" | "kind" | "field" | "requestId" | "action">,
  fields: WireToForm<W, F> & { readonly Callees: F | null },
): CampaignFailure<F> {
  const failure = cccFailure(error, fields);
  // Not only our own "ambiguous": a gateway's 5xx or an unreadable reply came after sending too, and CCC may have
  // made the campaign. The form keeps its idempotency key only for outcome_unknown, so a resubmit cannot make two.
  if (whetherChanged(error) === "unknown") return { ...failure, code: CREATE_CODES.outcomeUnknown };
  if (error.code === "LimitExceeded.OutOfCountLimit") return { ...failure, field: fields.Callees };
  return failure;
}

/** What to tell the form when runOnce did not call CCC because the key was already used. */
export function replayFailure<F extends string>(
  outcome: Exclude<RunOnceOutcome<never>, { status: "done" }>,
): CampaignFailure<F> {
  switch (outcome.status) {
    case "in_progress":
      // The first submission is still with CCC: it may yet create the campaign.
      return { code: CREATE_CODES.inProgress, field: null, changed: "unknown" };
    case "failed":
      return outcome.outcome === "unknown"
        ? { code: CREATE_CODES.outcomeUnknown, field: null, changed: "unknown" }
        : { code: outcome.errorCode ?? "internal", field: null, changed: "no" };
    case "mismatch":
      return { code: CREATE_CODES.keyUsed, field: null, changed: "no" };
  }
}
