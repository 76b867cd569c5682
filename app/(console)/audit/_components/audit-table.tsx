import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { DataTable } from "@/components/data-table";
import type { AuditFieldRow } from "@/lib/audit/entry-rows";
import type { AuditEvent } from "@/lib/db";
import { AuditEntryDetails } from "./audit-entry-details";

const td = "px-4 py-3 align-top whitespace-nowrap";

const outcomeClass = {
  pending: "bg-canvas text-ink-muted border border-dashed border-line-strong",
  ok: "bg-accent-soft text-accent",
  error: "bg-danger-soft text-danger",
  unknown: "bg-canvas text-ink border border-line-strong",
} as const;

/** One page of audit events; times in the viewer's zone (the filter form names it). */
export function AuditTable({
  rows,
  fields,
  timeZone,
  page,
}: {
  rows: readonly AuditEvent[];
  /** Each event's recorded fields, by event id (lib/audit/entry-rows.ts). */
  fields: Readonly<Record<string, readonly AuditFieldRow[]>>;
  timeZone: string;
  page: number;
}) {
  const t = useTranslations("Audit");
  const format = useFormatter();

  const headers = (["time", "user", "action", "app", "campaign", "outcome", "details"] as const).map((key) => ({
    key,
    label: t(`table.${key}`),
  }));
  return (
    <DataTable caption={t("table.caption", { page: format.number(page) })} headers={headers} minWidth="min-w-[60rem]">
      {rows.map((row) => (
        <Fragment key={row.id}>
          <tr data-audit-id={row.id} className={(fields[row.id]?.length ?? 0) > 0 ? "border-b-0!" : undefined}>
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
            </td>
          </tr>
          {/* The fields get the table's full width in a row of their own, right under their event. */}
          {(fields[row.id]?.length ?? 0) > 0 ? (
            <tr data-details-of={row.id} className="border-t-0!">
              <td colSpan={headers.length} className="px-4 pt-0 pb-3">
                <AuditEntryDetails fields={fields[row.id] ?? []} timeZone={timeZone} />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </DataTable>
  );
}
