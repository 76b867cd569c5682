import { useFormatter, useTranslations } from "next-intl";
import type { AuditFieldRow } from "@/lib/audit/entry-rows";
import { bindAuditFormatter, formatAuditLabel, formatAuditValue } from "@/lib/audit/format-value";

const cell = "px-2 py-1.5 text-left align-top";

/**
 * One event's recorded fields behind a disclosure: a native <details>, so it opens with Enter or Space, announces
 * its state to screen readers and works before JavaScript loads. A change has Before and After; a create or a
 * context field only a value.
 */
export function AuditEntryDetails({ fields, timeZone }: { fields: readonly AuditFieldRow[]; timeZone: string }) {
  const t = useTranslations("AuditTrail");
  const f = bindAuditFormatter((key, values) => t(key, values), useFormatter(), timeZone);
  if (fields.length === 0) return null;
  const changes = fields.some((row) => row.before !== undefined);
  return (
    <details className="group" data-testid="audit-details">
      <summary className="cursor-pointer rounded-sm text-xs font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
        {t("details.summary", { count: fields.length })}
      </summary>
      <table className="mt-2 w-full max-w-5xl border-collapse text-xs" data-testid="audit-fields">
        <caption className="sr-only">{t("details.caption")}</caption>
        <thead className="border-b border-line text-ink-muted">
          <tr>
            <th scope="col" className={cell}>
              {t("details.field")}
            </th>
            {changes ? (
              <th scope="col" className={cell}>
                {t("details.before")}
              </th>
            ) : null}
            <th scope="col" className={cell}>
              {changes ? t("details.after") : t("details.value")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {fields.map((row) => {
            const label = formatAuditLabel(row.label, f);
            return (
              <tr key={label} data-field={"field" in row.label ? row.label.field : undefined}>
                <th scope="row" className={`${cell} font-medium whitespace-nowrap text-ink`}>
                  {label}
                </th>
                {changes ? (
                  <td className={`${cell} text-ink-muted`} data-testid="audit-before">
                    {row.before ? formatAuditValue(row.before, f) : ""}
                  </td>
                ) : null}
                <td className={`${cell} text-ink`} data-testid="audit-after">
                  {formatAuditValue(row.after, f)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
