"use client";

import { useTranslations } from "next-intl";
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
 * The form-level feedback: a polite live region that announces the number of invalid fields and the server's
 * refusal (translated by code, with CCC's RequestId or the log reference when there is one).
 */
export function FormFeedback({
  fieldErrorCount,
  error,
  success,
}: {
  fieldErrorCount: number;
  error?: ActionError["formError"];
  success?: string;
}) {
  const t = useTranslations("Errors");
  const tUsers = useTranslations("Users.errors");
  const known = error?.code as Parameters<typeof t>[0];
  const text = error ? (t.has(known) ? t(known) : t("ccc", { code: error.code })) : "";
  return (
    <div aria-live="polite" role="status" className="text-sm">
      {fieldErrorCount > 0 ? (
        <p className="font-medium text-danger">{tUsers("summary", { count: fieldErrorCount })}</p>
      ) : null}
      {error ? (
        <p className="font-medium text-danger" data-testid="form-error" data-code={error.code}>
          {text}
          {error.ref ? (
            <span className="ml-1 font-normal text-ink-muted">{t("reference", { ref: error.ref })}</span>
          ) : null}
        </p>
      ) : null}
      {success ? <p className="font-medium text-ink">{success}</p> : null}
    </div>
  );
}
