import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/pagination";
import { DO_NOT_CALL_PAGE_SIZE, type DoNotCallParams, doNotCallHref } from "@/lib/do-not-call/page-params";
import { RemoveNumberButton } from "./remove-number-button";

export interface DoNotCallRow {
  phone: string;
  note: string | null;
  addedByEmail: string;
  /** ISO timestamp (serializable for the client row). */
  addedAt: string;
}

/** One page of the list, newest first, with a Remove button per number for those who may change it. */
export function DoNotCallTable({
  params,
  entries,
  total,
  canWrite,
  timeZone,
}: {
  params: DoNotCallParams;
  entries: readonly DoNotCallRow[];
  total: number;
  canWrite: boolean;
  timeZone: string;
}) {
  const t = useTranslations("DoNotCall.table");
  const format = useFormatter();
  if (entries.length === 0) {
    return (
      <p
        className="rounded-card border border-line bg-surface px-5 py-8 text-center text-sm text-ink-muted"
        data-testid="dnc-empty"
      >
        {params.search ? t("emptySearch", { search: params.search }) : t("empty")}
      </p>
    );
  }
  const headers = [
    { key: "phone", label: t("phone") },
    { key: "note", label: t("note") },
    { key: "addedBy", label: t("addedBy") },
    { key: "addedAt", label: t("addedAt") },
    ...(canWrite ? [{ key: "actions", label: t("actions") }] : []),
  ];
  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-card border border-line bg-surface shadow-xs">
        <DataTable
          caption={t("caption", { sdkAppId: String(params.sdkAppId) })}
          headers={headers}
          minWidth="min-w-[44rem]"
        >
          {entries.map((entry) => (
            <tr key={entry.phone} data-testid="dnc-row" data-phone={entry.phone}>
              <td className="px-4 py-2.5 font-mono">{entry.phone}</td>
              <td className="px-4 py-2.5 text-ink-muted">{entry.note ?? ""}</td>
              <td className="px-4 py-2.5">{entry.addedByEmail}</td>
              <td className="px-4 py-2.5 whitespace-nowrap">
                {format.dateTime(new Date(entry.addedAt), { timeZone, dateStyle: "medium", timeStyle: "short" })}
              </td>
              {canWrite ? (
                <td className="px-4 py-2.5">
                  <RemoveNumberButton sdkAppId={params.sdkAppId} phone={entry.phone} />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      </div>
      <Pagination
        page={params.page}
        pageSize={DO_NOT_CALL_PAGE_SIZE}
        total={total}
        hrefFor={(page) => doNotCallHref({ ...params, page })}
      />
    </div>
  );
}
