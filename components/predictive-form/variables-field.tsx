"use client";

import { useTranslations } from "next-intl";
import { type FieldErrors, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FieldSet, Input } from "@/components/ui/field";
import { PREDICTIVE_LIMITS } from "@/lib/campaigns/predictive/limits";
import type { EditForm } from "./campaign-fields-section";
import type { EditInput } from "./form-types";

/** Optional key/value pairs sent as CCC's Variables: add and remove rows; keys must be unique. */
export function VariablesField({
  form,
  errors,
  errorText,
}: {
  form: EditForm;
  errors: FieldErrors<EditInput>["variables"];
  errorText: (key: string | undefined) => string | undefined;
}) {
  const t = useTranslations("PredictiveEdit.variables");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "variables" });
  return (
    <FieldSet
      id="variables"
      legend={t("label")}
      hint={t("hint", { max: PREDICTIVE_LIMITS.variablesMax })}
      error={errorText(errors?.message ?? errors?.root?.message)}
      className="space-y-2"
    >
      {fields.length === 0 ? <p className="text-sm text-ink-subtle">{t("empty")}</p> : null}
      <ul className="space-y-2">
        {fields.map((field, index) => (
          <li key={field.id} className="grid items-start gap-2 sm:grid-cols-[1fr_2fr_auto]" data-testid="variable-row">
            <Field
              id={`variables-${index}-key`}
              label={t("key", { row: index + 1 })}
              error={errorText(errors?.[index]?.key?.message)}
            >
              <Input {...form.register(`variables.${index}.key`)} />
            </Field>
            <Field
              id={`variables-${index}-value`}
              label={t("value", { row: index + 1 })}
              error={errorText(errors?.[index]?.value?.message)}
            >
              <Input {...form.register(`variables.${index}.value`)} />
            </Field>
            <Button size="sm" className="mt-6" onClick={() => remove(index)}>
              {t("remove", { row: index + 1 })}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        size="sm"
        disabled={fields.length >= PREDICTIVE_LIMITS.variablesMax}
        onClick={() => append({ key: "", value: "" })}
      >
        {t("add")}
      </Button>
    </FieldSet>
  );
}
