"use client";

import { useTranslations } from "next-intl";
import { FailureNotice } from "@/components/failure-notice";
import type { ActionError } from "@/lib/actions/action-error";

/** The translated text of a field error key from the shared schema (or from the server, e.g. "emailTaken"). */
export function useFieldErrorText(): (key: string | undefined) => string | undefined {
  const t = useTranslations("Users.errors");
  return (key) => {
    if (!key) return undefined;
    // Keys come from our schemas and actions; t.has guards against one without a message.
    const known = key as Parameters<typeof t>[0];
    return t.has(known) ? t(known) : t("invalid");
  };
}

/**
 * The form-level feedback: a polite live region with the number of invalid fields or the success, and the one
 * failure notice for the server's refusal.
 */
export function FormFeedback({
  fieldErrorCount,
  error,
  success,
}: {
  fieldErrorCount: number;
  error?: ActionError;
  success?: string;
}) {
  const tUsers = useTranslations("Users.errors");
  return (
    <div className="min-w-0 flex-1 space-y-2 text-sm">
      <div aria-live="polite" role="status">
        {fieldErrorCount > 0 ? (
          <p className="font-medium text-danger">{tUsers("summary", { count: fieldErrorCount })}</p>
        ) : null}
        {success ? <p className="font-medium text-ink">{success}</p> : null}
      </div>
      <FailureNotice failure={error} testId="form-error" />
    </div>
  );
}
