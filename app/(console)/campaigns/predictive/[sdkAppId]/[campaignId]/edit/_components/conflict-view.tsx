"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import type { SnapshotChange } from "@/lib/campaigns/predictive/snapshot";
import { formatUtc } from "@/lib/time/zoned";

/**
 * Somebody changed the campaign in CCC after this form opened: what changed (then → now), and the two ways on.
 * Re-applying keeps every field the user edited and takes CCC's new value for the others; nothing was sent yet.
 */
export function ConflictView({
  changes,
  timeZone,
  onReapply,
  onDiscard,
}: {
  changes: readonly SnapshotChange[];
  timeZone: string;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("PredictiveEdit.conflict");
  const tField = useTranslations("PredictiveDetail.fields");
  const format = useFormatter();
  const show = (field: SnapshotChange["field"], value: SnapshotChange["from"]) => {
    if (value === null || value === "") return t("empty");
    if ((field === "startTime" || field === "endTime") && typeof value === "number") {
      const date = new Date(value * 1000);
      return `${format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone })} (${formatUtc(value)})`;
    }
    if (Array.isArray(value)) return value.map((v) => `${v.key}=${v.value}`).join(", ") || t("empty");
    return String(value);
  };
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      data-testid="conflict-view"
      className="space-y-3 rounded-card border border-amber-600/40 bg-amber-50 px-5 py-4"
    >
      <h2 id="conflict-title" className="text-sm font-semibold text-amber-900">
        {t("title")}
      </h2>
      <p className="text-sm text-amber-900">{t("body")}</p>
      <div className="overflow-hidden rounded-md border border-line bg-surface">
        <DataTable
          caption={t("caption")}
          minWidth="min-w-[32rem]"
          headers={[
            { key: "field", label: t("field") },
            { key: "from", label: t("from") },
            { key: "to", label: t("to") },
          ]}
        >
          {changes.map((change) => (
            <tr key={change.field} data-conflict-field={change.field}>
              <th scope="row" className="px-4 py-2 text-left font-medium text-ink">
                {tField.has(change.field) ? tField(change.field as Parameters<typeof tField>[0]) : change.field}
              </th>
              <td className="px-4 py-2 text-ink-muted">{show(change.field, change.from)}</td>
              <td className="px-4 py-2 text-ink">{show(change.field, change.to)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onReapply}>
          {t("reapply")}
        </Button>
        <Button onClick={onDiscard}>{t("discard")}</Button>
      </div>
    </section>
  );
}
