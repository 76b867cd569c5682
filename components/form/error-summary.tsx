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

/**
 * The fields in error, in the form's order, as summary items. `text` translates a field error key; a field whose
 * errors are only on its parts (a list's rows) gets the fallback message.
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
    .map((field) => ({
      id: field,
      label: labelOf(field),
      message: text(errorMessageOf(errors[field])) ?? t("fallback"),
    }));
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
