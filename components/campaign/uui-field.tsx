"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Field, Textarea } from "@/components/ui/field";
import { hintClass } from "@/components/ui/field-styles";

/**
 * CCC's UUI (free text passed to the agent with each call), the same in every campaign form: a textarea with a
 * live character count against `limit`. Its id is "uui"; `register("uui")` spreads into the rest.
 */
export function UuiField({
  limit,
  length,
  error,
  ...textarea
}: { limit: number; length: number; error?: string } & Omit<ComponentProps<"textarea">, "id">) {
  const t = useTranslations("CampaignFields");
  return (
    <Field id="uui" label={t("uui")} hint={t("uuiHint", { max: limit })} error={error}>
      <Textarea rows={3} aria-describedby="uui-counter" {...textarea} />
      <p
        id="uui-counter"
        className={`${hintClass} text-right tabular-nums ${length > limit ? "font-medium text-danger" : ""}`}
      >
        {t("counter", { count: length, max: limit })}
      </p>
    </Field>
  );
}
