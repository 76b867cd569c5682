"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, hintClass, labelClass } from "@/components/form/text-field";
import { joinSeconds, splitSeconds } from "@/lib/campaigns/predictive/limits";

const partInput =
  "mt-1 block w-20 rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink tabular-nums aria-[invalid=true]:border-danger focus:outline-2 focus:outline-accent";

/**
 * CCC's RetryInterval (seconds, 60–86,400) entered as hours, minutes and seconds. The value is the total in seconds;
 * an empty or non-numeric part makes it NaN, which the schema reports as "not a number".
 */
export function RetryIntervalField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: number;
  onChange: (seconds: number) => void;
  error?: string;
}) {
  const t = useTranslations("PredictiveEdit.retryInterval");
  // Local text per part: "" while a part is being retyped must not snap back to 0.
  const [parts, setParts] = useState(() => {
    const split = splitSeconds(Number.isFinite(value) ? value : 0);
    return { hours: String(split.hours), minutes: String(split.minutes), seconds: String(split.seconds) };
  });
  const update = (part: keyof typeof parts, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const number = (s: string) => (s.trim() === "" || !/^\d+$/.test(s.trim()) ? Number.NaN : Number(s));
    onChange(joinSeconds({ hours: number(next.hours), minutes: number(next.minutes), seconds: number(next.seconds) }));
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return (
    <fieldset id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className={labelClass}>{t("label")}</legend>
      <div className="flex flex-wrap gap-3">
        {(["hours", "minutes", "seconds"] as const).map((part) => (
          <div key={part}>
            <label htmlFor={`${id}-${part}`} className="block text-xs text-ink-muted">
              {t(part)}
            </label>
            <input
              id={`${id}-${part}`}
              inputMode="numeric"
              value={parts[part]}
              onChange={(event) => update(part, event.target.value)}
              aria-invalid={error ? true : undefined}
              className={partInput}
            />
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className={hintClass}>
        {t("hint")}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
