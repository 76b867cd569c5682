import type { ComponentProps, ReactNode } from "react";
import { Field, FieldMessage, Input } from "@/components/ui/field";
import { controlClass } from "@/components/ui/field-styles";

// The campaign forms still wire some controls by hand with these; new code uses Field (components/ui/field.tsx).
export { hintClass, labelClass } from "@/components/ui/field-styles";
export const inputClass = controlClass;

/** A field's error, tied to its input with aria-describedby={id}. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return <FieldMessage id={id} message={message} />;
}

/**
 * A labelled text input with an optional hint and its (already translated) error: `Field` + `Input` from the kit.
 * The remaining props go to the <input>, so react-hook-form's `register(…)` spreads straight in.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode; error?: string } & Omit<ComponentProps<"input">, "id">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input {...input} />
    </Field>
  );
}
