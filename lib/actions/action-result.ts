/**
 * Client-safe reading of a next-safe-action result: zod's field errors and the guard's ActionError merged into the
 * one ActionError shape forms handle (lib/actions/action-error.ts).
 */
import type { ActionError } from "./action-error";

export interface SafeActionOutcome<T> {
  data?: T;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };
  serverError?: ActionError;
}

/** The failure of a result, or undefined when the action succeeded. */
export function actionFailure(result: SafeActionOutcome<unknown> | undefined): ActionError | undefined {
  if (!result) return { formError: { code: "internal", message: "No response from the server." } };
  const { validationErrors, serverError } = result;
  if (!validationErrors && !serverError) return undefined;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries({ ...validationErrors?.fieldErrors, ...serverError?.fieldErrors })) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  const formMessage = validationErrors?.formErrors[0];
  return {
    fieldErrors,
    formError: serverError?.formError ?? (formMessage ? { code: "invalid_input", message: formMessage } : undefined),
    requestId: serverError?.requestId,
    // Whether anything changed in CCC: the failure notice says so, so it must survive this merge.
    ...(serverError?.changed ? { changed: serverError.changed } : {}),
  };
}
