"use client";

import Link from "next/link";
import type { FormEvent, ReactNode } from "react";
import { Button, buttonVariants } from "./button";

/**
 * The one way a list is filtered (docs/decisions.md, "UI kit"): the filters are a GET form whose fields are named
 * like the URL's query parameters and start from them (`defaultValue`). Nothing applies while the supervisor is still
 * choosing: Apply (or Enter in a text field) submits, the URL then holds the filters, so a filtered view can be
 * bookmarked, shared, and reached with Back, and the form works before JavaScript has loaded. Clear is a link to the
 * unfiltered list.
 *
 * A list that fetches in the browser passes `onApply`: it gets the submitted fields instead of a page load (and
 * typically pushes them into the URL itself). Give the bar a `key` derived from the URL's filters, so Back/Forward
 * show the filters of the view they return to.
 */
export function FilterBar({
  label,
  action,
  onApply,
  applyLabel,
  clearLabel,
  clearHref,
  active,
  hideLegend = false,
  aside,
  children,
}: {
  /** Names the search landmark and the fieldset ("Filter the audit trail"). */
  label: string;
  /** The list's path: where the GET form goes. */
  action: string;
  onApply?: (fields: URLSearchParams) => void;
  applyLabel: string;
  clearLabel: string;
  /** The list without filters, usually `action` itself. */
  clearHref: string;
  /** Whether any filter is set: Clear shows only then. */
  active: boolean;
  hideLegend?: boolean;
  /** Quiet text at the end of the button row (e.g. the zone dates are read in). */
  aside?: ReactNode;
  /** The filter fields: `Field`s with named controls. */
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onApply) return;
    event.preventDefault();
    const fields = new URLSearchParams();
    // Empty fields mean "any": leave them out of the URL.
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") fields.set(name, value.trim());
    }
    onApply(fields);
  };
  return (
    <search aria-label={label}>
      <form
        method="get"
        action={action}
        onSubmit={submit}
        className="rounded-card border border-line bg-surface px-5 py-4 shadow-xs"
      >
        <fieldset className="min-w-0">
          <legend className={hideLegend ? "sr-only" : "text-sm font-semibold text-ink"}>{label}</legend>
          <div className={`grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-4 ${hideLegend ? "" : "mt-3"}`}>
            {children}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button type="submit">{applyLabel}</Button>
          {active ? (
            <Link href={clearHref} className={buttonVariants({ variant: "link" })}>
              {clearLabel}
            </Link>
          ) : null}
          {aside ? <div className="ml-auto text-xs text-ink-muted">{aside}</div> : null}
        </div>
      </form>
    </search>
  );
}
