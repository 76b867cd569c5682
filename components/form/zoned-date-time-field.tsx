"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { hintClass } from "@/components/ui/field-styles";
import { formatUtc, unixToZonedWallTime, zonedWallTimeToUnix } from "@/lib/time/zoned";

export interface ZonedDateTimeFieldProps {
  id: string;
  label: ReactNode;
  /** Unix seconds, or undefined while empty or half-typed. */
  value: number | undefined;
  onChange: (unixSeconds: number | undefined) => void;
  onBlur?: () => void;
  /** The IANA zone the wall time is read in; shown next to the input. */
  timeZone: string;
  name?: string;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/**
 * A date-time input read in an explicit IANA zone (never the browser's by accident), with the UTC time and Unix
 * seconds that will be sent to CCC right under it. The value is Unix seconds, so a form schema checks instants;
 * changing `timeZone` keeps the instant and shows it as that zone's wall time.
 */
export function ZonedDateTimeField({
  id,
  label,
  value,
  onChange,
  onBlur,
  timeZone,
  name,
  hint,
  error,
  disabled,
}: ZonedDateTimeFieldProps) {
  const t = useTranslations("ZonedTime");
  const fromValue = value === undefined ? "" : unixToZonedWallTime(value, timeZone);
  // The text is local state: a half-typed value has no instant yet and must not be wiped by a re-render.
  const [text, setText] = useState(fromValue);
  useEffect(() => {
    setText((current) => (zonedWallTimeToUnix(current, timeZone) === value ? current : fromValue));
  }, [value, timeZone, fromValue]);

  return (
    <Field
      id={id}
      label={
        <>
          {label} <span className="font-normal text-ink-muted">({timeZone})</span>
        </>
      }
      hint={hint}
      error={error}
    >
      <Input
        name={name}
        type="datetime-local"
        step={60}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          onChange(zonedWallTimeToUnix(event.target.value, timeZone));
        }}
        onBlur={onBlur}
        aria-describedby={`${id}-utc`}
      />
      <p id={`${id}-utc`} className={`${hintClass} tabular-nums`}>
        {value === undefined ? t("notSet") : t("sends", { utc: formatUtc(value), unix: value })}
      </p>
    </Field>
  );
}
