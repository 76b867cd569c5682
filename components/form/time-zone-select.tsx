"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { supportedTimeZones } from "@/lib/time/zoned";
import { hintClass, inputClass, labelClass } from "./text-field";

/**
 * Picks the IANA zone a form's times are entered in. Defaults come from the user's profile; the choice applies to
 * this form only.
 */
export function TimeZoneSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (timeZone: string) => void;
}) {
  const t = useTranslations("ZonedTime");
  const zones = useMemo(() => {
    const all = supportedTimeZones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {t("zoneLabel")}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        className={inputClass}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={hintClass}>
        {t("zoneHint")}
      </p>
    </div>
  );
}
