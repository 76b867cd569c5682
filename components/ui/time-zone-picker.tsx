"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { Combobox, type ComboboxGroup } from "./combobox";
import { Field } from "./field";
import { hintClass } from "./field-styles";
import { allTimeZones, exactTimeZone, searchTimeZones, zoneOffsetLabel } from "./time-zone-search";

/**
 * Picks an IANA time zone: a combobox over every zone the browser knows, common zones first, each with its current
 * UTC offset. Typing searches zone, city or offset ("shang", "new york", "+08"); the box shows the chosen zone
 * whenever it is not being typed in, and leaving it with a zone's exact name picks that zone.
 */
export function TimeZonePicker({
  id,
  value,
  onChange,
  label,
  hint,
  error,
  className,
}: {
  id?: string;
  value: string;
  onChange: (timeZone: string) => void;
  /** Defaults to "Time zone" with the form-wide hint (times on this form are read in it). */
  label?: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}) {
  const t = useTranslations("TimeZonePicker");
  const tZoned = useTranslations("ZonedTime");
  // The text while the supervisor types; null shows the chosen zone.
  const [query, setQuery] = useState<string | null>(null);
  const zones = useMemo(() => allTimeZones([value]), [value]);
  const found = useMemo(() => searchTimeZones(query ?? "", zones), [query, zones]);
  const groups: ComboboxGroup<string>[] = [
    { key: "common", label: t("common"), items: found.common },
    { key: "all", label: t("all"), items: found.other },
  ];
  const noMatch = query !== null && query.trim() !== "" && found.common.length + found.other.length === 0;

  const choose = (zone: string) => {
    setQuery(null);
    if (zone !== value) onChange(zone);
  };
  const statusId = `${id ?? "time-zone"}-status`;
  return (
    <Field
      id={id}
      label={label ?? tZoned("zoneLabel")}
      hint={hint === undefined ? tZoned("zoneHint") : hint}
      error={error}
      className={className}
    >
      <Combobox
        inputValue={query ?? value}
        onInputChange={setQuery}
        groups={groups}
        itemKey={(zone) => zone}
        selectedKey={value}
        selectOnFocus
        onSelect={choose}
        onEscape={() => setQuery(null)}
        onBlur={() => {
          const typed = query === null ? undefined : exactTimeZone(query, zones);
          if (typed) choose(typed);
          else setQuery(null);
        }}
        aria-describedby={noMatch ? statusId : undefined}
        renderItem={(zone) => (
          <span className="flex items-baseline justify-between gap-3">
            <span>{zone}</span>
            <span className="text-xs text-ink-muted tabular-nums">{zoneOffsetLabel(zone)}</span>
          </span>
        )}
      />
      {/* A live region, not role="status": the form's own status (its feedback) stays the only one in it. */}
      <p id={statusId} aria-live="polite" className={noMatch ? hintClass : "sr-only"}>
        {noMatch ? t("noMatch", { query: (query ?? "").trim(), zone: value }) : ""}
      </p>
    </Field>
  );
}
