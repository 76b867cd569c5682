"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TCallRow } from "@/lib/results/call-row";

const PAGE_SIZE = 50;
const COLUMNS = ["number", "time", "outcome", "duration", "agent"] as const;

const minutesSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** The calls read so far, 50 a page, in the order CCC dialled them. */
export function CallsTable({ calls, timeZone }: { calls: readonly TCallRow[]; timeZone: string }) {
  const t = useTranslations("Results");
  const format = useFormatter();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(calls.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = calls.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const from = calls.length === 0 ? 0 : current * PAGE_SIZE + 1;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="calls-table">
          <thead className="border-b border-line text-xs text-ink-muted">
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={`py-2 pr-4 font-medium ${column === "duration" ? "text-right" : ""}`}
                >
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((call) => (
              <tr key={call.sessionId} className="border-b border-line last:border-0">
                <td className="py-1.5 pr-4 font-mono">{call.callee}</td>
                <td className="py-1.5 pr-4 tabular-nums">
                  {format.dateTime(new Date(call.time * 1000), { dateStyle: "short", timeStyle: "medium", timeZone })}
                </td>
                <td className="py-1.5 pr-4">{t(`outcomes.${call.outcome}`)}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{minutesSeconds(call.duration)}</td>
                <td className="py-1.5">{call.agent || t("noAgent")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("tableTitle")} className="flex items-center justify-between text-xs text-ink-muted">
        <p>{t("range", { from, to: Math.min(calls.length, (current + 1) * PAGE_SIZE), total: calls.length })}</p>
        <div className="flex gap-2">
          <Button size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t("previous")}
          </Button>
          <Button size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t("next")}
          </Button>
        </div>
      </nav>
    </div>
  );
}
