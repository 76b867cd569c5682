"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionError } from "@/lib/actions/action-error";
import { doNotCallDetail } from "@/lib/do-not-call/codes";
import { changedOf, failureKey, isCccCode } from "./failure/failure-key";
import { unplacedDetail } from "./form/place-action-error";

/**
 * Every failure the user sees, one way: what happened, whether anything changed (the server's `changed`), what to do
 * next, and the codes support needs (CCC's error code, RequestId, or the console's log reference). The alert region
 * is always in the page, so a failure appearing in it is announced. `testId` names the notice; its parts are
 * `${testId}-what`, `-changed`, `-code`, `-request-id`.
 */
export function FailureNotice({
  failure,
  testId,
  title,
  children,
}: {
  failure?: ActionError;
  testId: string;
  /** A heading, when the failure replaces what the page was meant to show. */
  title?: string;
  /** Ways on (a retry link, a button). */
  children?: ReactNode;
}) {
  const error = failure?.formError;
  return (
    <div role="alert" className="text-sm empty:hidden">
      {failure && error ? (
        <section
          data-testid={testId}
          data-code={error.code}
          className="space-y-1.5 rounded-card border border-danger/30 bg-danger-soft px-4 py-3"
        >
          {title ? <h2 className="font-semibold text-danger">{title}</h2> : null}
          <FailureText failure={failure} code={error.code} message={error.message} testId={testId} />
          <FailureCodes failure={failure} testId={testId} />
          {children}
        </section>
      ) : null}
    </div>
  );
}

function FailureText({
  failure,
  code,
  message,
  testId,
}: {
  failure: ActionError;
  code: string;
  message: string;
  testId: string;
}) {
  const t = useTranslations("Failure");
  const key = failureKey(code);
  const changed = changedOf(failure);
  const what =
    key === "unplaced_field"
      ? t("what.unplaced_field", unplacedDetail(message))
      : key === "do_not_call"
        ? t("what.do_not_call", doNotCallDetail(message))
        : t(`what.${key}`, { code });
  return (
    <>
      <p className="font-medium text-danger" data-testid={`${testId}-what`}>
        {what}
      </p>
      {changed ? (
        <p className="text-ink" data-testid={`${testId}-changed`} data-changed={changed}>
          {t(`changed.${changed}`)}
        </p>
      ) : null}
      <p className="text-ink">{t(`next.${key}`)}</p>
    </>
  );
}

/** The error code (CCC's only), the RequestId and the log reference, selectable for pasting into a ticket. */
function FailureCodes({ failure, testId }: { failure: ActionError; testId: string }) {
  const t = useTranslations("Failure");
  const code = failure.formError?.code ?? "";
  const rows: [string, string, string][] = [];
  if (isCccCode(code)) rows.push([t("code"), code, `${testId}-code`]);
  if (failure.requestId) rows.push([t("requestId"), failure.requestId, `${testId}-request-id`]);
  if (failure.formError?.ref) rows.push([t("reference"), failure.formError.ref, `${testId}-reference`]);
  if (rows.length === 0) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 pt-0.5 text-xs">
      {rows.map(([label, value, id]) => (
        <div key={id} className="contents">
          <dt className="text-ink-muted">{label}</dt>
          <dd data-testid={id} className="font-mono break-all text-ink select-all">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
