"use client";

/**
 * CONTRACT STUB — the props below are fixed (both campaign forms code against them); the implementation is
 * replaced by the issue-4 multi-select fed by DescribeNumbers (normal numbers selectable, others disabled with state).
 */
import type { ReactNode } from "react";
import { FieldError, labelClass } from "@/components/form/text-field";

export interface CallerNumberSelectProps {
  id: string;
  label: ReactNode;
  /** The app whose numbers are offered; undefined until one is chosen. */
  sdkAppId: number | undefined;
  /** Selected numbers, in the format CCC displays them (sent as-is). */
  value: string[];
  onChange: (numbers: string[]) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
}

export function CallerNumberSelect({ id, label, value, error }: CallerNumberSelectProps) {
  return (
    <fieldset id={id} aria-invalid={error ? true : undefined}>
      <legend className={labelClass}>{label}</legend>
      <p>{value.join(", ")}</p>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
