"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ZonedDateTimeField } from "@/components/form/zoned-date-time-field";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import type { EditForm, FieldErrorText } from "./campaign-fields-section";

/**
 * The zone the times are read in (the campaign's planned zone when known), then start and end (Unix seconds; NaN
 * while empty, which the schema reports), each also in the viewer's zone when that differs.
 */
export function ScheduleSection({
  form,
  timeZone,
  viewerTimeZone,
  onTimeZone,
  errorText,
  zoneLabel,
  zoneHint,
}: {
  form: EditForm;
  timeZone: string;
  viewerTimeZone: string;
  onTimeZone: (zone: string) => void;
  errorText: FieldErrorText;
  /** On create the zone is the campaign's own (CCC's TimeZone), so it gets its own label and hint. */
  zoneLabel?: string;
  zoneHint?: string;
}) {
  const t = useTranslations("PredictiveEdit");
  const tPlan = useTranslations("CampaignPlan");
  const format = useFormatter();
  // Beside each time, the same moment in the viewer's zone when the form reads times in another one.
  const inViewerZone = (unix: number | undefined) =>
    timeZone === viewerTimeZone || unix === undefined || !Number.isFinite(unix)
      ? ""
      : tPlan("inYourZone", {
          time: format.dateTime(new Date(unix * 1000), {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: viewerTimeZone,
          }),
          zone: viewerTimeZone,
        });
  const times = useWatch({ control: form.control, name: ["startTime", "endTime"] });
  const update = { shouldValidate: form.formState.isSubmitted, shouldDirty: true };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2 sm:max-w-sm">
        <TimeZonePicker
          id="timeZone"
          value={timeZone}
          onChange={onTimeZone}
          label={zoneLabel}
          hint={zoneHint}
          error={errorText("timeZone")}
        />
      </div>
      {(["startTime", "endTime"] as const).map((name, index) => (
        <ZonedDateTimeField
          key={name}
          id={name}
          label={t(name)}
          value={Number.isFinite(times[index]) ? times[index] : undefined}
          onChange={(value) => form.setValue(name, value ?? Number.NaN, update)}
          timeZone={timeZone}
          hint={
            [name === "startTime" ? t("startTimeHint") : "", inViewerZone(times[index])].filter(Boolean).join(" ") ||
            undefined
          }
          error={errorText(name)}
        />
      ))}
    </div>
  );
}
