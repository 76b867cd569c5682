/**
 * The typed failure domain code (lib/campaigns/**) returns instead of building ActionErrors: the code, where it
 * belongs on the form (a field from the kind's wire→form table, or null for the form as a whole), CCC's RequestId
 * and whether anything changed. Only actions turn it into an ActionError (failureToActionError).
 */
import { type CccError, type CccErrorKind, whetherChanged } from "@/lib/ccc/errors";
import { formFieldOf, type WireToForm } from "./wire-fields";

export interface CampaignFailure<F extends string = string> {
  /** CCC's code, or one of the console's own (outcome_unknown, campaign_started…). */
  code: string;
  /** The form field it belongs under; null: a form-level failure. */
  field: F | null;
  requestId?: string;
  changed?: "no" | "unknown";
  /** For the fallback text when the code has none of its own. */
  kind?: CccErrorKind;
  /** Data the code's text needs (becomes the form error's message), e.g. the do-not-call numbers refused. */
  detail?: string;
}

/**
 * A CCC error as a failure. A validation error about a request field lands on the form field `fields` maps it to;
 * a field the form does not render (null in the table), no field, or no table: form level.
 */
export function cccFailure<W extends string, F extends string>(
  error: Pick<CccError, "code" | "kind" | "field" | "requestId" | "action">,
  fields?: WireToForm<W, F>,
): CampaignFailure<F> {
  const field = fields && error.kind === "validation" ? formFieldOf(fields, error.field) : null;
  return {
    code: error.code,
    field,
    kind: error.kind,
    changed: whetherChanged(error),
    ...(error.requestId ? { requestId: error.requestId } : {}),
  };
}
