"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Notice } from "@/components/notice";
import { Button } from "@/components/ui/button";
import { Field, FieldSet, Input } from "@/components/ui/field";
import {
  AVAILABLE_TIME_MAX,
  type CallableWindow,
  callableSeconds,
  type GridDay,
  isCompleteWindow,
  type MinuteSpan,
  minuteLabel,
  weekGrid,
} from "@/lib/campaigns/predictive/available-time";
import { startOfZonedDay } from "@/lib/time/zoned";

/** Where each row's errors go: the form's field errors by row, already translated. */
export type WindowErrors = readonly ({ start?: string; end?: string } | undefined)[];

/**
 * Callable hours on create (CCC's AvailableTime): rows of daily windows in the campaign's zone, a week grid of when
 * the campaign can actually call (windows ∩ its start–end, day by day), the same as a table for screen readers, and a
 * warning when start and end leave no window at all — CCC accepts that, but the campaign would call nobody.
 */
export function CallableHoursField({
  id,
  value,
  onChange,
  startTime,
  endTime,
  timeZone,
  rowErrors,
  error,
}: {
  id: string;
  value: readonly CallableWindow[];
  onChange: (windows: CallableWindow[]) => void;
  /** Unix seconds; undefined or NaN while not entered. */
  startTime: number | undefined;
  endTime: number | undefined;
  timeZone: string;
  rowErrors?: WindowErrors;
  /** An error about the list as a whole (too many windows). */
  error?: string;
}) {
  const t = useTranslations("CallableHours");
  const complete = value.filter(isCompleteWindow);
  // Keyed by the windows' content: a new array holding the same windows needs no new grid.
  const windowsKey = JSON.stringify(complete);
  const grid = useMemo(
    () => weekGrid({ start: startTime, end: endTime }, timeZone, JSON.parse(windowsKey) as CallableWindow[]),
    [startTime, endTime, timeZone, windowsKey],
  );
  const timesSet = Number.isFinite(startTime) && Number.isFinite(endTime) && (endTime ?? 0) > (startTime ?? 0);
  const noWindow =
    timesSet &&
    complete.length > 0 &&
    callableSeconds(startTime ?? 0, endTime ?? 0, timeZone, complete, { stopAtFirst: true }) === 0;
  const update = (index: number, patch: Partial<CallableWindow>) =>
    onChange(value.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const add = () =>
    onChange([...value, value.length === 0 ? { start: "09:00", end: "18:00" } : { start: "", end: "" }]);

  return (
    <div className="space-y-4" data-testid="callable-hours">
      <FieldSet
        id={id}
        legend={t("legend")}
        hint={t("hint", { zone: timeZone, max: AVAILABLE_TIME_MAX })}
        error={error}
        className="space-y-2"
      >
        {value.length === 0 ? <p className="text-sm text-ink-subtle">{t("none")}</p> : null}
        <ul className="space-y-2">
          {value.map((w, index) => {
            const row = index + 1;
            return (
              // Rows have no identity of their own beyond their place; removing one re-numbers the rest.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index} className="grid items-start gap-2 sm:grid-cols-[1fr_1fr_auto]" data-testid="window-row">
                <Field id={`${id}-${index}-start`} label={t("from", { row })} error={rowErrors?.[index]?.start}>
                  <Input type="time" value={w.start} onChange={(e) => update(index, { start: e.target.value })} />
                </Field>
                <Field id={`${id}-${index}-end`} label={t("until", { row })} error={rowErrors?.[index]?.end}>
                  <Input type="time" value={w.end} onChange={(e) => update(index, { end: e.target.value })} />
                </Field>
                <Button size="sm" className="mt-6" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                  {t("remove", { row })}
                </Button>
              </li>
            );
          })}
        </ul>
        <Button size="sm" disabled={value.length >= AVAILABLE_TIME_MAX} onClick={add}>
          {t("add")}
        </Button>
      </FieldSet>
      {/* Always present, so the warning is announced when it appears. */}
      <div role="status">
        {noWindow ? (
          <div data-testid="callable-hours-warning">
            <Notice title={t("noWindowTitle")} tone="warning">
              <p>{t("noWindowBody")}</p>
            </Notice>
          </div>
        ) : null}
      </div>
      <WeekGrid grid={grid} timeZone={timeZone} />
    </div>
  );
}

const percent = (minute: number) => `${(minute / 1440) * 100}%`;

function Bar({ span, className }: { span: MinuteSpan; className: string }) {
  return (
    <span
      className={`absolute inset-y-0 ${className}`}
      style={{ left: percent(span.fromMinute), width: percent(span.toMinute - span.fromMinute) }}
    />
  );
}

/** The grid (drawn, hidden from screen readers) and its table (read, hidden from the eye). */
function WeekGrid({ grid, timeZone }: { grid: GridDay[]; timeZone: string }) {
  const t = useTranslations("CallableHours");
  const format = useFormatter();
  const dayLabel = (day: string) =>
    format.dateTime(startOfZonedDay(day, timeZone), { weekday: "short", month: "short", day: "numeric", timeZone });
  const spans = (list: MinuteSpan[]) =>
    list.map((s) => `${minuteLabel(s.fromMinute)}–${minuteLabel(s.toMinute)}`).join(", ");
  return (
    <figure className="space-y-2" data-testid="week-grid">
      <figcaption className="text-xs font-medium text-ink-muted">{t("gridTitle", { zone: timeZone })}</figcaption>
      <div aria-hidden="true" className="space-y-1">
        <div className="ml-24 flex justify-between text-[10px] tabular-nums text-ink-subtle">
          {[0, 6, 12, 18, 24].map((hour) => (
            <span key={hour}>{String(hour).padStart(2, "0")}</span>
          ))}
        </div>
        {grid.map((day) => (
          <div key={day.day} className="flex items-center gap-2">
            <span className="w-22 shrink-0 text-xs tabular-nums text-ink-muted">{dayLabel(day.day)}</span>
            <span className="relative h-4 flex-1 overflow-hidden rounded bg-canvas">
              {day.windows.map((w) => (
                <Bar key={`w${w.fromMinute}`} span={w} className="bg-accent/15" />
              ))}
              {day.campaign ? <Bar span={day.campaign} className="rounded border-2 border-ink/50" /> : null}
              {day.callable.map((c) => (
                <Bar key={`c${c.fromMinute}`} span={c} className="bg-accent" />
              ))}
            </span>
          </div>
        ))}
        <p className="ml-24 flex flex-wrap gap-4 pt-1 text-[11px] text-ink-muted">
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-4 rounded-sm bg-accent/15" /> {t("legendWindow")}
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-4 rounded-sm border-2 border-ink/50" /> {t("legendCampaign")}
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-4 rounded-sm bg-accent" /> {t("legendCallable")}
          </span>
        </p>
      </div>
      <table className="sr-only">
        <caption>{t("gridCaption", { zone: timeZone })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("callable")}</th>
          </tr>
        </thead>
        <tbody>
          {grid.map((day) => (
            <tr key={day.day}>
              <th scope="row">{dayLabel(day.day)}</th>
              <td>{day.campaign ? spans(day.callable) || t("nothing") : t("notRunning")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
