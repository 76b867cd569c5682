import { FieldMessage } from "@/components/ui/field";
import { controlClass } from "@/components/ui/field-styles";

// The callee list, the caller numbers and the list filters still wire some controls by hand with these; new code uses
// Field (components/ui/field.tsx).
export { hintClass, labelClass } from "@/components/ui/field-styles";
export const inputClass = controlClass;

/** A field's error, tied to its input with aria-describedby={id}. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return <FieldMessage id={id} message={message} />;
}
