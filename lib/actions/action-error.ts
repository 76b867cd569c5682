/**
 * The one failure shape every server action and route handler returns, and the mapping from thrown errors to it.
 * The browser gets codes it can translate and CCC RequestIds it can quote to support — never an exception's text.
 */
import { randomUUID } from "node:crypto";
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
  /** "no": refused or failed before applying, safe to retry; "unknown": the reply was lost. Absent when moot. */
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
  server: "CCC reported an internal error.",
  ambiguous: "The outcome is unknown: check the campaign before trying again.",
  network: "CCC could not be reached.",
  auth: "CCC refused the console's credentials.",
  validation: "CCC rejected a value.",
};

export function refusal(code: string, requestId?: string): ActionError {
  return { formError: { code, message: FALLBACK[code] ?? FALLBACK.internal ?? "" }, requestId };
}

/** "CampaignId" → "campaignId": CCC names fields in PascalCase, the console's forms in camelCase. */
export function formFieldName(cccField: string): string {
  return cccField.charAt(0).toLowerCase() + cccField.slice(1);
}

/** Turns anything thrown by an action body into the public shape, logging the real error with a reference id. */
export function toActionError(error: unknown, context: { actionName: string; userId?: string }): ActionError {
  if (isCccError(error)) {
    const log = { ...context, code: error.code, kind: error.kind, requestId: error.requestId, cccAction: error.action };
    logger.warn(log, "CCC refused an action");
    if (error.kind === "validation" && error.field) {
      return { fieldErrors: { [formFieldName(error.field)]: [error.code] }, requestId: error.requestId };
    }
    return {
      formError: { code: error.code, message: FALLBACK[error.kind] ?? FALLBACK.server ?? "" },
      requestId: error.requestId,
    };
  }
  const ref = randomUUID();
  logger.error({ ...context, ref, err: error }, "server action failed");
  return { formError: { code: ACTION_ERROR_CODES.internal, message: FALLBACK.internal ?? "", ref } };
}
