"use client";

import { useTranslations } from "next-intl";
import { rejectedToCsv } from "@/lib/callees/reject-csv";
import { REJECT_REASONS, type RejectReason } from "@/lib/callees/types";
import { DO_NOT_CALL_LINES_SHOWN } from "./do-not-call-check";
import { downloadText } from "./download";
import type { CheckedList } from "./list-model";
import { NumberPreview } from "./number-preview";
import { RejectsTable } from "./rejects-table";
import { secondaryButtonClass } from "./styles";

/**
 * The report before submit: counts (announced politely when they change), the maximum and size verdicts, every
 * rejected line with a CSV download, and the virtualized preview of the numbers to call.
 */
export function ListReport({ id, list, max }: { id: string; list: CheckedList; max: number }) {
  const t = useTranslations("CalleeList");
  const { result } = list;
  const count = list.numbers.length;

  function downloadRejects() {
    if (!result) return;
    const messages = Object.fromEntries(REJECT_REASONS.map((r) => [r, t(`reasons.${r}`)])) as Record<
      RejectReason,
      string
    >;
    downloadText(rejectedToCsv(result.rejected, { messages }), t("rejectsFile"), "text/csv;charset=utf-8");
  }

  return (
    <div className="mt-3 space-y-3" data-testid="callee-report">
      <div role="status" aria-live="polite" className="text-sm text-ink">
        {list.source === "prefill" ? (
          <p>{t("prefilled", { count })}</p>
        ) : result ? (
          <p>{t("summary", { valid: result.valid, duplicates: result.duplicates, rejected: result.rejectedTotal })}</p>
        ) : null}
        {list.tooMany ? (
          <p className="mt-1 font-medium text-danger" data-testid="callee-too-many">
            {t("tooMany", { count, max, excess: count - max })}
          </p>
        ) : null}
        {list.tooLarge ? <p className="mt-1 font-medium text-danger">{t("tooLarge")}</p> : null}
        {result && result.valid === 0 ? <p className="mt-1 font-medium text-danger">{t("noneValid")}</p> : null}
        <DoNotCallLine list={list} />
      </div>

      {result ? (
        <dl className="grid grid-cols-3 gap-2 text-center">
          {(
            [
              ["valid", result.valid, "callee-valid"],
              ["duplicates", result.duplicates, "callee-duplicates"],
              ["rejected", result.rejectedTotal, "callee-rejected"],
            ] as const
          ).map(([key, value, testId]) => (
            <div key={key} className="rounded-md border border-line bg-surface px-2 py-1.5">
              <dt className="text-xs text-ink-muted">{t(key)}</dt>
              <dd className="text-lg font-semibold tabular-nums text-ink" data-testid={testId}>
                {value.toLocaleString()}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {result && list.elapsedMs !== undefined ? (
        <p className="text-xs text-ink-muted">
          {t("elapsed", { lines: result.totalLines, ms: Math.max(1, Math.round(list.elapsedMs)) })}
        </p>
      ) : null}

      {result && result.rejectedTotal > 0 ? (
        <section aria-labelledby={`${id}-rejects-title`} className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`${id}-rejects-title`} className="text-sm font-medium text-ink">
              {t("rejectsTitle")}
            </h3>
            <button type="button" className={secondaryButtonClass} onClick={downloadRejects}>
              {t("downloadRejects")}
            </button>
          </div>
          {result.rejected.length < result.rejectedTotal ? (
            <p className="text-xs text-ink-muted">
              {t("rejectsShown", { shown: result.rejected.length, total: result.rejectedTotal })}
            </p>
          ) : null}
          <RejectsTable id={id} rejected={result.rejected} />
        </section>
      ) : null}

      {count > 0 ? <NumberPreview id={id} numbers={list.numbers} /> : null}
    </div>
  );
}

/** "N numbers on the do-not-call list were removed (lines …)", or why the list could not be checked. */
function DoNotCallLine({ list }: { list: CheckedList }) {
  const t = useTranslations("DoNotCall.preview");
  if (list.doNotCallFailed) {
    return (
      <p className="mt-1 font-medium text-danger" data-testid="callee-do-not-call-failed">
        {t("checkFailed", { code: list.doNotCallFailed })}
      </p>
    );
  }
  if (!list.doNotCall) return null;
  const { count, lines } = list.doNotCall;
  const shown = lines.slice(0, DO_NOT_CALL_LINES_SHOWN).join(", ");
  const more = lines.length - DO_NOT_CALL_LINES_SHOWN;
  return (
    <p className="mt-1 font-medium text-ink" data-testid="callee-do-not-call">
      {t("removed", { count, lines: more > 0 ? t("moreLines", { lines: shown, more }) : shown })}
    </p>
  );
}
