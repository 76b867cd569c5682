/**
 * Where a failed create lands on the form. Typed codes only (CccError.code / .kind / .field), never message text:
 * a CCC validation error naming a field → that field; LimitExceeded.OutOfCountLimit → the callee list; a timeout
 * after sending → "outcome unknown"; anything else → a form-level message with CCC's code and RequestId.
 */
import { type ActionError, formFieldName } from "@/lib/actions/action-error";
import type { CccError } from "@/lib/ccc/errors";
import type { RunOnceOutcome } from "@/lib/idempotency/run-once";
import { CRUISE_CREATE_CODES } from "./create-codes";

export { CRUISE_CREATE_CODES };

/** Form fields a CCC error may point at; anything else becomes a form-level error. */
const FORM_FIELDS = new Set([
  "sdkAppId",
  "name",
  "agent",
  "concurrencyNumber",
  "startTime",
  "endTime",
  "callees",
  "callers",
  "callOrder",
  "uui",
]);

export function cruiseCreateFailure(error: Pick<CccError, "code" | "kind" | "field" | "requestId">): ActionError {
  const requestId = error.requestId;
  if (error.kind === "ambiguous") {
    return { formError: { code: CRUISE_CREATE_CODES.outcomeUnknown, message: "The outcome is unknown." }, requestId };
  }
  if (error.code === "LimitExceeded.OutOfCountLimit") {
    return { fieldErrors: { callees: [error.code] }, requestId };
  }
  const field = error.field ? formFieldName(error.field) : undefined;
  if (error.kind === "validation" && field && FORM_FIELDS.has(field)) {
    return { fieldErrors: { [field]: [error.code] }, requestId };
  }
  return { formError: { code: error.code, message: "CCC refused the request." }, requestId };
}

/** What to tell the form when runOnce did not call CCC because the key was already used. */
export function cruiseReplayFailure(outcome: Exclude<RunOnceOutcome<never>, { status: "done" }>): ActionError {
  switch (outcome.status) {
    case "in_progress":
      return { formError: { code: CRUISE_CREATE_CODES.inProgress, message: "Still waiting for CCC." } };
    case "failed":
      return outcome.outcome === "unknown"
        ? { formError: { code: CRUISE_CREATE_CODES.outcomeUnknown, message: "The outcome is unknown." } }
        : { formError: { code: outcome.errorCode ?? "internal", message: "CCC refused the request." } };
    case "mismatch":
      return { formError: { code: CRUISE_CREATE_CODES.keyUsed, message: "This form was already submitted." } };
  }
}
