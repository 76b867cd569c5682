"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { RejectedEntry } from "@/lib/callees/types";

const ROW_HEIGHT = 30;

/**
 * Every rejected line (line number, original text, reason), virtualized: a wrong column can reject 50,000 rows.
 * A real table; only the visible rows are rendered, with spacer rows keeping the scroll height.
 */
export function RejectsTable({ id, rejected }: { id: string; rejected: readonly RejectedEntry[] }) {
  const t = useTranslations("CalleeList");
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rejected.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 480, height: 192 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const head = "sticky top-0 bg-surface px-2.5 py-1 text-left font-medium text-ink-muted";
  return (
    <div
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll by keyboard.
      tabIndex={0}
      data-testid="callee-rejects"
      className="max-h-56 overflow-auto rounded-md border border-line"
    >
      <table aria-labelledby={`${id}-rejects-title`} className="w-full table-fixed text-sm">
        <thead>
          <tr>
            <th scope="col" className={`${head} w-20 text-right`}>
              {t("line")}
            </th>
            <th scope="col" className={head}>
              {t("original")}
            </th>
            <th scope="col" className={head}>
              {t("reason")}
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr style={{ height: top }} /> : null}
          {items.map((item) => {
            const entry = rejected[item.index] as RejectedEntry;
            return (
              <tr key={item.key} className="border-t border-line/60" style={{ height: ROW_HEIGHT }}>
                <td className="px-2.5 text-right tabular-nums text-ink-muted">{entry.line}</td>
                <td className="truncate px-2.5 font-mono text-ink" title={entry.text}>
                  {entry.text}
                </td>
                <td className="truncate px-2.5 text-danger" title={t(`reasons.${entry.reason}`)}>
                  {t(`reasons.${entry.reason}`)}
                </td>
              </tr>
            );
          })}
          {bottom > 0 ? <tr style={{ height: bottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
