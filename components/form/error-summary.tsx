"use client";

import { useTranslations } from "next-intl";
import { focusFirstError } from "./focus-first-error";

export interface ErrorSummaryItem {
  /** The element id of the field (or group) the link moves the focus to. */
  id: string;
  label: string;
  message: string;
}

/** A react-hook-form error's message: its own, or for a list field (an array) the list's root message. */
export function errorMessageOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { message, root } = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof message === "string" && message) return message;
  return typeof root?.message === "string" ? root.message : undefined;
}

/** The first message anywhere inside a react-hook-form error (never inside `ref`, which holds the DOM element). */
function firstMessageIn(error: unknown): string | undefined {
  const own = errorMessageOf(error);
  if (own || typeof error !== "object" || error === null) return own;
  for (const [key, child] of Object.entries(error)) {
    if (key === "ref" || typeof child !== "object") continue;
    const found = firstMessageIn(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * A list field whose errors are only on its rows (react-hook-form gives a sparse array): the rows in error, counted
 * from 1, and the first one's message key.
 */
export function rowErrorsOf(error: unknown): { rows: number[]; message: string | undefined } | undefined {
  if (!Array.isArray(error)) return undefined;
  const rows: number[] = [];
  let message: string | undefined;
  error.forEach((row, index) => {
    if (!row) return;
    rows.push(index + 1);
    message ??= firstMessageIn(row);
  });
  return rows.length > 0 ? { rows, message } : undefined;
}

/**
 * The fields in error, in the form's order, as summary items. `text` translates a field error key; a list whose
 * errors are only on its rows names the first and counts the rest ("Callable hours, row 2 and 1 more: End must be
 * after start."); anything else without a message of its own gets the fallback.
 */
export function useErrorSummaryItems<F extends string>(
  fields: readonly F[],
  errors: Partial<Record<string, unknown>>,
  labelOf: (field: F) => string,
  text: (key: string | undefined) => string | undefined,
): ErrorSummaryItem[] {
  const t = useTranslations("ErrorSummary");
  return fields
    .filter((field) => errors[field] !== undefined)
    .map((field) => {
      const error = errors[field];
      const own = errorMessageOf(error);
      const rows = own ? undefined : rowErrorsOf(error);
      if (!rows) return { id: field, label: labelOf(field), message: text(own) ?? t("fallback") };
      const [row = 1, ...others] = rows.rows;
      return {
        id: field,
        label: t("rowLabel", { label: labelOf(field), row, others: others.length }),
        message: text(rows.message) ?? t("fallback"),
      };
    });
}

/**
 * The list at the top of a form of every field in error, each a link that moves the focus to that field. The count
 * is announced through a status line that stays in the page (a live region added with its text is often missed).
 */
export function ErrorSummary({ items }: { items: readonly ErrorSummaryItem[] }) {
  const t = useTranslations("ErrorSummary");
  const title = items.length > 0 ? t("title", { count: items.length }) : "";
  return (
    <>
      <p role="status" className="sr-only">
        {title}
      </p>
      {items.length > 0 ? (
        <section
          aria-labelledby="error-summary-title"
          data-testid="error-summary"
          className="rounded-card border border-danger/30 bg-danger-soft px-4 py-3 text-sm"
        >
          <h2 id="error-summary-title" className="font-semibold text-danger">
            {title}
          </h2>
          <ul className="mt-1.5 list-disc space-y-0.5 pl-5">
            {items.map((item) => (
              <li key={item.id}>
                <a
                  href={`#${item.id}`}
                  className="text-danger underline underline-offset-2 hover:no-underline"
                  onClick={(event) => {
                    event.preventDefault();
                    focusFirstError([item.id]);
                  }}
                >
                  {item.label}: {item.message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
