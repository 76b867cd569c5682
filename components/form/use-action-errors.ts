"use client";

import { useState } from "react";
import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "@/lib/actions/action-error";
import { focusFirstError } from "./focus-first-error";
import { placeActionError } from "./place-action-error";

export interface ActionErrorsOptions<F extends string> {
  /** The element id of a field (default: its name), for moving the focus to it. */
  idOf?: (field: F) => string;
}

/**
 * The one way a form takes an action's failure: each field error goes onto the field the form renders
 * (`setError`, typed keys, never message matching), anything else (the server's formError, or an error about a
 * field this form does not show) becomes the form-level `failure`, and the focus moves to the first field in error.
 * `fields` lists the form's fields in the order they appear.
 */
export function useActionErrors<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  fields: readonly Path<T>[],
  { idOf = (field) => field }: ActionErrorsOptions<Path<T>> = {},
) {
  const [failure, setFailure] = useState<ActionError>();
  const focusFirst = (names: readonly string[]) =>
    focusFirstError(fields.filter((field) => names.includes(field)).map(idOf));

  /** Shows `failed` (undefined clears the notice); returns what went to the form level, if anything. */
  const apply = (failed: ActionError | undefined): ActionError | undefined => {
    if (!failed) {
      setFailure(undefined);
      return undefined;
    }
    const { placed, failure: formLevel } = placeActionError(failed, fields);
    for (const [field, message] of placed) form.setError(field, { type: "server", message });
    setFailure(formLevel);
    focusFirst(placed.map(([field]) => field));
    return formLevel;
  };

  /** For `handleSubmit`'s second argument: the browser's own validation failed, focus its first field. */
  const onInvalid = (errors: FieldErrors<T>) => {
    focusFirst(Object.keys(errors));
  };

  return { failure, apply, onInvalid, clear: () => setFailure(undefined) };
}
