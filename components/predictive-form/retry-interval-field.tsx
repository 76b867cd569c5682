"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldSet } from "@/components/ui/field";
import { controlClass } from "@/components/ui/field-styles";
import { joinSeconds, splitSeconds } from "@/lib/campaigns/predictive/limits";

// The kit's control look at a fixed width: three short parts side by side.
const partClass = `${controlClass.replace("w-full", "w-20")} tabular-nums`;

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
  return (
    <FieldSet id={id} legend={t("label")} hint={t("hint")} error={error}>
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
              className={partClass}
            />
          </div>
        ))}
      </div>
    </FieldSet>
  );
}
