import type { ComponentProps, ReactNode } from "react";

export const labelClass = "block text-sm font-medium text-ink";
export const inputClass =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink aria-[invalid=true]:border-danger focus:outline-2 focus:outline-accent";
export const hintClass = "mt-1 text-xs text-ink-muted";

/** A field's error, tied to its input with aria-describedby={id}. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-danger">
      {message}
    </p>
  );
}

/**
 * A labelled text input with an optional hint and its (already translated) error, wired for screen readers:
 * aria-invalid while it has an error, aria-describedby naming `${id}-hint` and `${id}-error`. The remaining props go
 * to the <input>, so react-hook-form's `register(…)` spreads straight in.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode; error?: string } & Omit<ComponentProps<"input">, "id">) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClass}
      />
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
