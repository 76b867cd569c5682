/**
 * The one failure shape every server action and route handler returns, and the mapping from thrown errors to it.
 * The browser gets codes it can translate and CCC RequestIds it can quote to support — never an exception's text.
 */
import { randomUUID } from "node:crypto";
import { type CampaignFailure, cccFailure } from "@/lib/campaigns/campaign-failure";
import { isCccError } from "@/lib/ccc/errors";
import { logger } from "@/lib/log";

/** Codes of refusals and failures the console raises itself; CCC's own codes pass through as they are. */
export const ACTION_ERROR_CODES = {
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  forbiddenApp: "forbidden_app",
  invalidInput: "invalid_input",
  notFound: "not_found",
  internal: "internal",
} as const;

export interface ActionFormError {
  code: string;
  /** Plain English fallback; the UI shows the translation of `code` (messages: Errors.*) when there is one. */
  message: string;
  /** Reference of the server log line, for "unexpected" failures only. */
  ref?: string;
}

/** What a failed action or route tells the browser. */
export interface ActionError {
  /** Field name → messages (zod issues, or the code of a CCC validation error about that field). */
  fieldErrors?: Record<string, string[]>;
  formError?: ActionFormError;
  /** CCC's RequestId when CCC answered, so a supervisor can quote it to Tencent support. */
  requestId?: string;
  /**
   * Whether anything changed in CCC: "no" — refused or failed before applying, safe to retry; "unknown" — the reply
   * was lost, check before retrying. Absent when it does not apply (a refusal by the console itself).
   */
  changed?: "no" | "unknown";
}

const FALLBACK: Record<string, string> = {
  unauthenticated: "Sign in to continue.",
  forbidden: "You do not have permission to do this.",
  forbidden_app: "You do not have access to this SdkAppId.",
  invalid_input: "Check the highlighted fields.",
  not_found: "Not found.",
  internal: "Something went wrong on our side.",
  user_not_found: "That user no longer exists.",
  self_lockout: "You cannot disable yourself or remove your own admin role.",
  throttled: "CCC is busy. Wait a moment and try again.",
  conflict: "CCC refused the change in the campaign's current state.",
  server: "CCC reported an internal error. Nothing was changed; trying again is safe.",
  ambiguous: "The outcome is unknown: check the campaign before trying again.",
  network: "CCC could not be reached.",
  auth: "CCC refused the console's credentials.",
  validation: "CCC rejected a value.",
  outcome_unknown: "The outcome is unknown: check the campaign before trying again.",
  create_in_progress: "Still waiting for CCC.",
  idempotency_key_used: "This form was already submitted.",
  campaign_started: "The campaign has started, so CCC no longer accepts changes. Nothing was changed.",
  change_refused: "CCC refused this change although the campaign has not started. Nothing was changed.",
};

export function refusal(code: string, requestId?: string): ActionError {
  return { formError: { code, message: FALLBACK[code] ?? FALLBACK.internal ?? "" }, requestId };
}

/**
 * A domain failure (lib/campaigns/**) in the public shape: a failure placed on a form field becomes a field error,
 * any other a form-level error with its code. Domain code decides the field through its kind's typed wire→form table.
 */
export function failureToActionError(failure: CampaignFailure): ActionError {
  const { code, field, requestId, changed } = failure;
  const extra = { ...(requestId ? { requestId } : {}), ...(changed ? { changed } : {}) };
  if (field) return { fieldErrors: { [field]: [code] }, ...extra };
  const message = failure.detail ?? FALLBACK[code] ?? FALLBACK[failure.kind ?? "server"] ?? "";
  return { formError: { code, message }, ...extra };
}

/** Turns anything thrown by an action body into the public shape, logging the real error with a reference id. */
export function toActionError(error: unknown, context: { actionName: string; userId?: string }): ActionError {
  if (isCccError(error)) {
    const log = { ...context, code: error.code, kind: error.kind, requestId: error.requestId, cccAction: error.action };
    logger.warn(log, "CCC refused an action");
    // No field errors here: only a kind's wire→form table (lib/campaigns/<kind>/fields.ts) knows which form field a
    // CCC field is, so an action with a form catches CCC errors in its domain code and returns a placed failure.
    return failureToActionError(cccFailure(error));
  }
  const ref = randomUUID();
  logger.error({ ...context, ref, err: error }, "server action failed");
  return { formError: { code: ACTION_ERROR_CODES.internal, message: FALLBACK.internal ?? "", ref } };
}
