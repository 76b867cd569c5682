"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useRef } from "react";

const ROW_HEIGHT = 28;

/**
 * The normalized list, virtualized (only the visible rows exist in the DOM, so 100,000 numbers scroll freely).
 * A focusable scroll region: keyboard users scroll it with the arrow keys.
 */
export function NumberPreview({ id, numbers }: { id: string; numbers: readonly string[] }) {
  const t = useTranslations("CalleeList");
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: numbers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 320, height: 224 },
  });
  const label = t("previewLabel", { count: numbers.length });
  return (
    <div>
      <h3 id={`${id}-preview-title`} className="text-sm font-medium text-ink">
        {t("previewTitle")}
      </h3>
      <section
        ref={scroller}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll by keyboard.
        tabIndex={0}
        aria-label={label}
        data-testid="callee-preview"
        className="mt-1 overflow-auto rounded-md border border-line bg-surface font-mono text-sm"
        // Short lists take only their own height; long ones scroll inside 8 rows.
        style={{ height: Math.min(numbers.length, 8) * ROW_HEIGHT + 2 }}
      >
        <ol aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <li
              key={item.key}
              aria-setsize={numbers.length}
              aria-posinset={item.index + 1}
              className="absolute inset-x-0 flex gap-3 px-2.5"
              style={{ top: item.start, height: ROW_HEIGHT, lineHeight: `${ROW_HEIGHT}px` }}
            >
              <span className="w-16 shrink-0 text-right text-ink-muted tabular-nums">{item.index + 1}</span>
              <span className="text-ink">{numbers[item.index]}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
