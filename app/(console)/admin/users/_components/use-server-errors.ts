"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure, type SafeActionOutcome } from "@/lib/actions/action-result";

/**
 * Applies an action's result to a react-hook-form form: field errors go to their inputs with setError (typed keys,
 * never message matching), the rest to the form-level feedback. Returns true when the action succeeded.
 */
export function useServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const [formError, setFormError] = useState<ActionError["formError"]>();
  const apply = (result: SafeActionOutcome<unknown> | undefined): boolean => {
    const failure = actionFailure(result);
    setFormError(failure?.formError);
    if (!failure) return true;
    for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
      const known = fields.find((name) => name === field);
      if (known) setError(known, { type: "server", message: messages[0] });
      else setFormError({ code: "invalid_input", message: messages[0] ?? "" });
    }
    return false;
  };
  return { formError, setFormError, apply };
}
