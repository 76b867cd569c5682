"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FailureNotice } from "@/components/failure-notice";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { CREATE_CODES } from "@/lib/campaigns/create-codes";

/**
 * A failed create that is not about one field: "outcome unknown" with what to check (and an explicit, never
 * automatic, way to try again as a new campaign), or the one failure notice.
 */
export function CreateOutcome({
  failure,
  name,
  onNewSubmission,
  messages,
  listHref,
}: {
  failure?: ActionError;
  name: string;
  onNewSubmission: () => void;
  /** The kind's texts: which list to check is the kind's own. */
  messages: "CruiseForm.outcome" | "PredictiveCreate.outcome";
  listHref: string;
}) {
  // Both namespaces hold the same keys; one literal keeps next-intl's key types shallow enough to check.
  const t = useTranslations(messages as "CruiseForm.outcome");
  if (failure?.formError?.code !== CREATE_CODES.outcomeUnknown) {
    return <FailureNotice failure={failure} testId="create-outcome" />;
  }
  return (
    <section
      role="alert"
      data-testid="create-outcome"
      data-code={failure.formError.code}
      className="space-y-2 rounded-card border border-amber-600/30 bg-amber-50 px-5 py-4 text-sm"
    >
      <h2 className="font-semibold text-amber-900">{t("unknownTitle")}</h2>
      <p className="text-ink">{t("unknownBody")}</p>
      <p className="text-ink">{t("unknownCheck", { name })}</p>
      <div className="flex flex-wrap gap-2 pt-1">
        <Link href={listHref} className={buttonVariants()} target="_blank">
          {t("unknownList")}
        </Link>
        <Button onClick={onNewSubmission}>{t("unknownRetry")}</Button>
      </div>
    </section>
  );
}
