"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/actions/action-error";
import { errorMessageKey } from "@/lib/campaigns/ccc-failure";

/** An action's refusal, translated by code, with CCC's RequestId or the log reference when there is one. */
export function ActionFailure({ failure, testId }: { failure?: ActionError; testId: string }) {
  const t = useTranslations("Errors");
  const error = failure?.formError ?? (failure?.fieldErrors ? { code: "invalid_input", message: "" } : undefined);
  const known = errorMessageKey(error?.code ?? "") as Parameters<typeof t>[0];
  return (
    <div role="alert" className="text-sm empty:hidden">
      {error ? (
        <div className="space-y-1 rounded-md bg-danger-soft px-3 py-2" data-testid={testId} data-code={error.code}>
          <p className="font-medium text-danger">{t.has(known) ? t(known) : t("ccc", { code: error.code })}</p>
          {failure?.requestId ? (
            <p className="font-mono text-xs break-all text-ink-muted" data-testid={`${testId}-request-id`}>
              {t("requestId", { requestId: failure.requestId })}
            </p>
          ) : null}
          {error.ref ? <p className="text-xs text-ink-muted">{t("reference", { ref: error.ref })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
