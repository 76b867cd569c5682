/** The field look, shared by the kit's controls and the forms not yet moved onto it (components/form/text-field). */
export const labelClass = "block text-sm font-medium text-ink";
export const controlClass =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink placeholder:text-ink-subtle disabled:opacity-60 aria-[invalid=true]:border-danger focus:outline-2 focus:outline-accent";
export const hintClass = "mt-1 text-xs text-ink-muted";
export const errorClass = "mt-1 text-xs font-medium text-danger";

/** Joins element ids for aria-describedby, skipping the missing ones; undefined when none is left. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** Joins class names, skipping empty ones (layout classes added to a control's own). */
export function joinClasses(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
