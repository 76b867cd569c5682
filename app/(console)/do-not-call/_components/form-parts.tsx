"use client";

import type { FormEventHandler, ReactNode } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { FailureNotice } from "@/components/failure-notice";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { useDoNotCallErrorText } from "./use-dnc-error-text";

/**
 * The error summary items of one of the page's two forms. Their fields share names ("note"), so each form prefixes
 * its element ids and the summary's links must use the same ids.
 */
export function usePrefixedSummary<F extends string>(
  fields: readonly F[],
  errors: FieldErrors<FieldValues>,
  labels: Record<F, string>,
  idOf: (field: string) => string,
) {
  const errorText = useDoNotCallErrorText();
  return useErrorSummaryItems(fields, errors, (field) => labels[field], errorText).map((item) => ({
    ...item,
    id: idOf(item.id),
  }));
}

/**
 * What both forms of the page share around their fields: the labelled form (data-hydrated for tests), heading, error
 * summary, submit (disabled until hydrated and while sending), the polite result line and the failure notice.
 */
export function DoNotCallFormShell({
  id,
  heading,
  intro,
  summary,
  onSubmit,
  submitting,
  submitLabel,
  pendingLabel,
  status,
  failure,
  children,
}: {
  /** Prefix of the form's ids and test ids: "dnc-add" → #dnc-add-heading, dnc-add-status, dnc-add-error. */
  id: string;
  heading: string;
  intro?: string;
  summary: ReturnType<typeof usePrefixedSummary>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  submitLabel: string;
  pendingLabel: string;
  status: string;
  failure?: ActionError;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-hydrated={hydrated}
      className="space-y-4"
    >
      <h2 id={`${id}-heading`} className="text-base font-semibold text-ink">
        {heading}
      </h2>
      {intro ? <p className="text-sm text-ink-muted">{intro}</p> : null}
      <ErrorSummary items={summary} />
      {children}
      <Button type="submit" variant="primary" disabled={!hydrated || submitting}>
        {submitting ? pendingLabel : submitLabel}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className="text-sm font-medium text-ink empty:hidden"
        data-testid={`${id}-status`}
      >
        {status}
      </p>
      <FailureNotice failure={failure} testId={`${id}-error`} />
    </form>
  );
}
