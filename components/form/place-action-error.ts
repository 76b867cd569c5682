import type { ActionError } from "@/lib/actions/action-error";

/** The form-level code for a field error about a field the form does not render (nothing could be highlighted). */
export const UNPLACED_FIELD = "unplaced_field";

export interface PlacedActionError<F extends string> {
  /** Field → its first message, in the form's field order. */
  placed: [F, string][];
  /** What is left for the form-level notice: the server's formError, else one for an unplaced field; or none. */
  failure: ActionError | undefined;
}

/**
 * Splits an ActionError between the fields a form renders and its form-level notice. A field error for a field the
 * form does not show would leave an error count with nothing highlighted, so it becomes a form-level error instead
 * (unless the server already gave one, which says more).
 */
export function placeActionError<F extends string>(failure: ActionError, fields: readonly F[]): PlacedActionError<F> {
  const entries = Object.entries(failure.fieldErrors ?? {}).filter(([, messages]) => messages.length > 0);
  const placed: [F, string][] = [];
  for (const field of fields) {
    const messages = failure.fieldErrors?.[field];
    if (messages?.[0] !== undefined) placed.push([field, messages[0]]);
  }
  const unplaced = entries.find(([field]) => !(fields as readonly string[]).includes(field));
  const formError =
    failure.formError ??
    (unplaced ? { code: UNPLACED_FIELD, message: `${unplaced[0]}: ${unplaced[1][0] ?? ""}` } : undefined);
  const fieldErrors = Object.fromEntries(placed.map(([field, message]) => [field, [message]]));
  const left = formError ? { ...failure, fieldErrors, formError } : undefined;
  return { placed, failure: left };
}

/** The detail of an UNPLACED_FIELD error: "SdkAppId: InvalidParameterValue" → field and code. */
export function unplacedDetail(message: string): { field: string; code: string } {
  const at = message.indexOf(": ");
  return at < 0 ? { field: message, code: "" } : { field: message.slice(0, at), code: message.slice(at + 2) };
}
