import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import type { AuditEvent } from "@/lib/db";

const td = "px-4 py-3 align-top whitespace-nowrap";

const outcomeClass = {
  pending: "bg-canvas text-ink-muted border border-dashed border-line-strong",
  ok: "bg-accent-soft text-accent",
  error: "bg-danger-soft text-danger",
  unknown: "bg-canvas text-ink border border-line-strong",
} as const;

/** The stored summary (already reduced: counts, no secrets) as short "key: value" lines. */
function summaryLines(summary: AuditEvent["summary"]): string[] {
  if (typeof summary !== "object" || summary === null || Array.isArray(summary)) return [];
  return Object.entries(summary).map(([key, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return `${key}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
  });
}

/** One page of audit events; times in the viewer's zone (the filter form names it). */
export function AuditTable({ rows, timeZone, page }: { rows: readonly AuditEvent[]; timeZone: string; page: number }) {
  const t = useTranslations("Audit");
  const format = useFormatter();

  const headers = (["time", "user", "action", "app", "campaign", "outcome", "details"] as const).map((key) => ({
    key,
    label: t(`table.${key}`),
  }));
  return (
    <DataTable caption={t("table.caption", { page: format.number(page) })} headers={headers} minWidth="min-w-[60rem]">
      {rows.map((row) => (
        <tr key={row.id} data-audit-id={row.id} className="hover:bg-canvas/60">
          <td className={`${td} tabular-nums text-ink-muted`}>
            <time dateTime={row.at.toISOString()}>
              {format.dateTime(row.at, { timeZone, dateStyle: "medium", timeStyle: "medium" })}
            </time>
          </td>
          <th scope="row" className={`${td} text-left font-medium text-ink`} data-testid="audit-user">
            {row.userEmail}
          </th>
          <td className={`${td} font-mono text-xs text-ink`} data-testid="audit-action">
            {row.action}
          </td>
          <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{row.sdkAppId ?? "—"}</td>
          <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{row.campaignId ?? "—"}</td>
          <td className={td}>
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${outcomeClass[row.outcome]}`}>
              {t(`outcome.${row.outcome}`)}
            </span>
          </td>
          <td className="max-w-md px-4 py-3 align-top text-xs text-ink-muted">
            {row.errorCode ? <p className="font-mono">{t("errorCode", { code: row.errorCode })}</p> : null}
            {row.cccRequestId ? (
              <p className="font-mono break-all">{t("requestId", { requestId: row.cccRequestId })}</p>
            ) : null}
            {summaryLines(row.summary).map((line) => (
              <p key={line} className="font-mono break-all text-ink-subtle">
                {line}
              </p>
            ))}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
