"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { errorMessageKey } from "@/lib/campaigns/ccc-failure";
import { CRUISE_CREATE_CODES } from "@/lib/campaigns/cruise/create-codes";

/**
 * A failed create that is not about one field: "outcome unknown" with what to check (and an explicit, never
 * automatic, way to try again as a new campaign), or CCC's refusal with its code and RequestId.
 */
export function CreateOutcome({
  failure,
  name,
  onNewSubmission,
}: {
  failure?: ActionError;
  name: string;
  onNewSubmission: () => void;
}) {
  const t = useTranslations("CruiseForm");
  const tErrors = useTranslations("Errors");
  const error = failure?.formError;
  if (!error) return <div role="alert" className="empty:hidden" />;

  if (error.code === CRUISE_CREATE_CODES.outcomeUnknown) {
    return (
      <section
        role="alert"
        data-testid="create-outcome"
        data-code={error.code}
        className="space-y-2 rounded-card border border-amber-600/30 bg-amber-50 px-5 py-4 text-sm"
      >
        <h2 className="font-semibold text-amber-900">{t("outcome.unknownTitle")}</h2>
        <p className="text-ink">{t("outcome.unknownBody")}</p>
        <p className="text-ink">{t("outcome.unknownCheck", { name })}</p>
        <div className="flex flex-wrap gap-2 pt-1">
          <Link href="/campaigns/cruise" className={buttonVariants()} target="_blank">
            {t("outcome.unknownList")}
          </Link>
          <Button onClick={onNewSubmission}>{t("outcome.unknownRetry")}</Button>
        </div>
      </section>
    );
  }

  const own = error.code === CRUISE_CREATE_CODES.inProgress || error.code === CRUISE_CREATE_CODES.keyUsed;
  const known = errorMessageKey(error.code) as Parameters<typeof tErrors>[0];
  const message = own
    ? t(`outcome.${error.code as "create_in_progress" | "idempotency_key_used"}`)
    : tErrors.has(known)
      ? tErrors(known)
      : tErrors("ccc", { code: error.code });
  return (
    <section
      role="alert"
      data-testid="create-outcome"
      data-code={error.code}
      className="space-y-1 rounded-card border border-danger/30 bg-danger-soft px-5 py-4 text-sm"
    >
      <p className="font-medium text-danger">{message}</p>
      {failure?.requestId ? (
        <p className="font-mono text-xs break-all text-ink-muted" data-testid="create-request-id">
          {t("requestId", { requestId: failure.requestId })}
        </p>
      ) : null}
      {error.ref ? <p className="text-xs text-ink-muted">{tErrors("reference", { ref: error.ref })}</p> : null}
    </section>
  );
}
