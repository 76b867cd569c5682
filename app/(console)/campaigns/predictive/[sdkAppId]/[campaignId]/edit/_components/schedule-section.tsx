"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ZonedDateTimeField } from "@/components/form/zoned-date-time-field";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import type { EditForm, FieldErrorText } from "./campaign-fields-section";

/** The zone the times are read in, then start and end (Unix seconds; NaN while empty, which the schema reports). */
export function ScheduleSection({
  form,
  timeZone,
  onTimeZone,
  errorText,
}: {
  form: EditForm;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  errorText: FieldErrorText;
}) {
  const t = useTranslations("PredictiveEdit");
  const times = useWatch({ control: form.control, name: ["startTime", "endTime"] });
  const update = { shouldValidate: form.formState.isSubmitted, shouldDirty: true };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2 sm:max-w-sm">
        <TimeZonePicker id="timeZone" value={timeZone} onChange={onTimeZone} />
      </div>
      {(["startTime", "endTime"] as const).map((name, index) => (
        <ZonedDateTimeField
          key={name}
          id={name}
          label={t(name)}
          value={Number.isFinite(times[index]) ? times[index] : undefined}
          onChange={(value) => form.setValue(name, value ?? Number.NaN, update)}
          timeZone={timeZone}
          hint={name === "startTime" ? t("startTimeHint") : undefined}
          error={errorText(name)}
        />
      ))}
    </div>
  );
}
