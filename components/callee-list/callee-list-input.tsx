"use client";

/**
 * CONTRACT STUB — the props below are fixed (both campaign forms code against them); the implementation is
 * replaced by the issue-4 list input (Web Worker, paste/CSV/XLSX, report, virtualized preview).
 */
import { type ReactNode, useState } from "react";
import { FieldError, inputClass, labelClass } from "@/components/form/text-field";
import { DEFAULT_MAX_CALLEES, normalizeCallees } from "@/lib/callees";

export interface CalleeListInputProps {
  id: string;
  label: ReactNode;
  /** Normalized E.164 numbers, deduplicated, in first-occurrence order: the form's value. */
  value: string[];
  onChange: (numbers: string[]) => void;
  onBlur?: () => void;
  /** Per-campaign maximum, shown to the user. */
  max?: number;
  /** ISO region for national numbers (default CN). */
  defaultRegion?: string;
  /** Translated error from the form (schema or CCC). */
  error?: string;
  disabled?: boolean;
  /** Shown above the input when `value` was prefilled (e.g. "the list last sent on …"). */
  prefillNote?: ReactNode;
}

export function CalleeListInput({
  id,
  label,
  value,
  onChange,
  onBlur,
  max = DEFAULT_MAX_CALLEES,
  error,
  disabled,
}: CalleeListInputProps) {
  const [text, setText] = useState(() => value.join("\n"));
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        disabled={disabled}
        rows={6}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onChange(normalizeCallees(event.target.value, { max }).numbers);
        }}
        onBlur={onBlur}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
