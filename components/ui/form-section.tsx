import type { ReactNode } from "react";

/**
 * A titled group of a form's fields: a <fieldset> whose legend holds an <h2>, so screen readers announce the section
 * with its first field and heading navigation still finds it. `disabled` greys out and locks every control inside
 * at once (e.g. until the form has hydrated).
 */
export function FormSection({
  title,
  description,
  disabled,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset
      disabled={disabled}
      className="min-w-0 space-y-4 rounded-card border border-line bg-surface px-5 pt-2 pb-5 shadow-xs"
    >
      <legend className="float-left w-full pt-3">
        <h2 className="text-sm font-semibold text-ink">{title}</h2>
        {description ? <p className="mt-1 text-xs text-ink-muted">{description}</p> : null}
      </legend>
      {/* A floated legend sits inside the box like any heading; this clears it for the fields. */}
      <div className="clear-both space-y-4">{children}</div>
    </fieldset>
  );
}
