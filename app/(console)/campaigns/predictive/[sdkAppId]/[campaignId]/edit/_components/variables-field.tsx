"use client";

import { useTranslations } from "next-intl";
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from "react-hook-form";
import { FieldError, hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { PREDICTIVE_LIMITS } from "@/lib/campaigns/predictive/limits";
import type { EditInput } from "./form-types";

/** Optional key/value pairs sent as CCC's Variables: add and remove rows; keys must be unique. */
export function VariablesField({
  control,
  register,
  errors,
  errorText,
}: {
  control: Control<EditInput>;
  register: UseFormRegister<EditInput>;
  errors: FieldErrors<EditInput>["variables"];
  errorText: (key: string | undefined) => string | undefined;
}) {
  const t = useTranslations("PredictiveEdit.variables");
  const { fields, append, remove } = useFieldArray({ control, name: "variables" });
  const listError = errorText(errors?.message ?? errors?.root?.message);
  return (
    <fieldset aria-describedby="variables-hint" className="space-y-2">
      <legend className={labelClass}>{t("label")}</legend>
      <p id="variables-hint" className={hintClass}>
        {t("hint", { max: PREDICTIVE_LIMITS.variablesMax })}
      </p>
      {fields.length === 0 ? <p className="text-sm text-ink-subtle">{t("empty")}</p> : null}
      <ul className="space-y-2">
        {fields.map((field, index) => {
          const keyError = errorText(errors?.[index]?.key?.message);
          const valueError = errorText(errors?.[index]?.value?.message);
          return (
            <li
              key={field.id}
              className="grid items-start gap-2 sm:grid-cols-[1fr_2fr_auto]"
              data-testid="variable-row"
            >
              <div>
                <label htmlFor={`variables-${index}-key`} className="block text-xs text-ink-muted">
                  {t("key", { row: index + 1 })}
                </label>
                <input
                  id={`variables-${index}-key`}
                  {...register(`variables.${index}.key`)}
                  aria-invalid={keyError ? true : undefined}
                  aria-describedby={keyError ? `variables-${index}-key-error` : undefined}
                  className={inputClass}
                />
                <FieldError id={`variables-${index}-key-error`} message={keyError} />
              </div>
              <div>
                <label htmlFor={`variables-${index}-value`} className="block text-xs text-ink-muted">
                  {t("value", { row: index + 1 })}
                </label>
                <input
                  id={`variables-${index}-value`}
                  {...register(`variables.${index}.value`)}
                  aria-invalid={valueError ? true : undefined}
                  aria-describedby={valueError ? `variables-${index}-value-error` : undefined}
                  className={inputClass}
                />
                <FieldError id={`variables-${index}-value-error`} message={valueError} />
              </div>
              <Button size="sm" className="mt-5" onClick={() => remove(index)}>
                {t("remove", { row: index + 1 })}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        size="sm"
        disabled={fields.length >= PREDICTIVE_LIMITS.variablesMax}
        onClick={() => append({ key: "", value: "" })}
      >
        {t("add")}
      </Button>
      <FieldError id="variables-error" message={listError} />
    </fieldset>
  );
}
