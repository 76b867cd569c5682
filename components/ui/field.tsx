"use client";

import { type ComponentProps, createContext, type ReactNode, useContext, useId } from "react";
import { controlClass, errorClass, hintClass, joinClasses, joinIds, labelClass } from "./field-styles";

interface FieldIds {
  /** The control's id (the label's htmlFor). */
  id: string;
  labelId: string;
  hintId?: string;
  errorId?: string;
  invalid: boolean;
}

const FieldContext = createContext<FieldIds | null>(null);

/** Ids for a field: `${id}-hint` and `${id}-error` when it has them, so tests and links can name them. */
function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined): FieldIds {
  const generated = useId();
  const base = id ?? generated;
  return {
    id: base,
    labelId: `${base}-label`,
    hintId: hint ? `${base}-hint` : undefined,
    errorId: error ? `${base}-error` : undefined,
    invalid: Boolean(error),
  };
}

/** A field's error text, announced with the control through aria-describedby. */
export function FieldMessage({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className={errorClass}>
      {message}
    </p>
  );
}

/** What follows a field's control(s): its hint, then its error. */
function FieldFoot({ ids, hint, error }: { ids: FieldIds; hint: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={ids.hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <FieldMessage id={ids.errorId} message={error} />
    </>
  );
}

export interface FieldProps {
  /** The control's id; a generated one when left out. Hint and error get `${id}-hint` / `${id}-error`. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The translated error; sets aria-invalid on the control. */
  error?: string;
  className?: string;
  children: ReactNode;
}

/**
 * One labelled control with its hint and error. The control inside (`Input`, `Select`, `Textarea`, `Combobox`, or
 * any element spread with `useFieldControl()`) gets its id, aria-invalid and aria-describedby from here, so no form
 * wires those strings by hand.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldContext value={ids}>
      <div className={className}>
        <label id={ids.labelId} htmlFor={ids.id} className={labelClass}>
          {label}
        </label>
        {children}
        <FieldFoot ids={ids} hint={hint} error={error} />
      </div>
    </FieldContext>
  );
}

/** The field a control sits in, if any (for controls that need the label's id, e.g. a listbox). */
export function useField(): FieldIds | null {
  return useContext(FieldContext);
}

interface ControlAria {
  id?: string;
  "aria-invalid"?: ComponentProps<"input">["aria-invalid"];
  "aria-describedby"?: string;
}

/**
 * The id and ARIA attributes a control in a `Field` needs. Props the control was given win for id and aria-invalid;
 * its own aria-describedby ids sit between the field's hint and error.
 */
export function useFieldControl(own: ControlAria = {}): ControlAria {
  const field = useContext(FieldContext);
  if (!field) return own;
  return {
    id: own.id ?? field.id,
    "aria-invalid": own["aria-invalid"] ?? (field.invalid || undefined),
    "aria-describedby": joinIds(field.hintId, own["aria-describedby"], field.errorId),
  };
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input {...props} {...useFieldControl(props)} className={joinClasses(controlClass, className)} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  // Chromium draws a select 4px shorter than a text input with the same padding: match the input's 34px.
  return <select {...props} {...useFieldControl(props)} className={joinClasses(controlClass, "h-8.5", className)} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea {...props} {...useFieldControl(props)} className={joinClasses(controlClass, className)} />;
}

export interface FieldSetProps {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** "radiogroup" for one choice among radios: the group then carries aria-invalid itself. */
  role?: "radiogroup";
  className?: string;
  children: ReactNode;
}

/**
 * A group of checkboxes or radios under one legend, with the group's hint and error read out with it. Radios
 * should use `RadioGroup`, which builds on this.
 */
export function FieldSet({ id, legend, hint, error, role, className, children }: FieldSetProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <fieldset
      id={ids.id}
      role={role}
      aria-describedby={joinIds(ids.hintId, ids.errorId)}
      // aria-invalid belongs to radiogroup, not to a plain group (ARIA 1.2).
      aria-invalid={role === "radiogroup" && ids.invalid ? true : undefined}
      className={className}
    >
      <legend id={ids.labelId} className={labelClass}>
        {legend}
      </legend>
      {children}
      <FieldFoot ids={ids} hint={hint} error={error} />
    </fieldset>
  );
}

export interface RadioOption<V extends string | number> {
  value: V;
  label: ReactNode;
}

/** One choice among a few, as native radios (arrow keys move and pick, as the browser does). */
export function RadioGroup<V extends string | number>({
  name,
  value,
  options,
  onChange,
  onBlur,
  ...fieldSet
}: Omit<FieldSetProps, "role" | "children"> & {
  name: string;
  value: V | undefined;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  onBlur?: () => void;
}) {
  return (
    <FieldSet {...fieldSet} role="radiogroup">
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((option) => (
          <label key={String(option.value)} className="inline-flex items-center gap-2 text-sm text-ink">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              onBlur={onBlur}
              className="size-4 accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
    </FieldSet>
  );
}
