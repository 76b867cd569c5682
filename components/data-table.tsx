import { type ReactNode, useId } from "react";

// Every console table shares its header style, so columns line up the same way on every page.
const tableHeaderCell = "px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-ink-muted";

/**
 * The frame of a console table: a labelled, keyboard-focusable region that scrolls sideways on narrow screens
 * (WCAG 2.1.1), a screen-reader caption, and one header row. Rows go in as children of the <tbody>.
 */
export function DataTable({
  caption,
  headers,
  minWidth,
  children,
}: {
  caption: string;
  headers: ReadonlyArray<{ key: string; label: ReactNode }>;
  /** A Tailwind min-width class, e.g. "min-w-[52rem]": below it the region scrolls instead of squeezing columns. */
  minWidth: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto">
      <table className={`w-full ${minWidth} border-collapse text-sm`}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead className="border-b border-line bg-canvas/60">
          <tr>
            {headers.map((header) => (
              <th key={header.key} scope="col" className={tableHeaderCell}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </section>
  );
}
