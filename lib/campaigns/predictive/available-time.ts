/**
 * Callable hours (issue 12, part 3): the daily calling windows CreatePredictiveDialingCampaign takes as
 * AvailableTime ({StartTime: "09:00:00", EndTime: "18:00:00"}[]), read by CCC in the campaign's TimeZone. The form
 * holds "HH:MM" (what <input type="time"> gives); this module checks them, turns them into CCC's form, and works out
 * when a campaign can actually call, for the week grid and the "no window" warning. Browser-safe.
 */
import { z } from "zod";
import { nextDay, startOfZonedDay, unixToZonedWallTime, zonedWallTimeToUnix } from "@/lib/time/zoned";

export interface CallableWindow {
  /** "HH:MM", wall time in the campaign's zone. */
  start: string;
  end: string;
}

/**
 * CCC documents no maximum. Ten windows a day is more than any calling regulation or shift plan needs, and keeps the
 * week grid readable; checked on both sides.
 */
export const AVAILABLE_TIME_MAX = 10;

/** Error keys, translated under CallableHours.errors. */
export const CALLABLE_HOURS_ERRORS = {
  windowTimeInvalid: "windowTimeInvalid",
  windowEndBeforeStart: "windowEndBeforeStart",
  windowsOverlap: "windowsOverlap",
  windowsMany: "windowsMany",
} as const;
const E = CALLABLE_HOURS_ERRORS;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ZTimeOfDay = z.string().regex(HH_MM, { error: E.windowTimeInvalid });

/** Minutes after local midnight of an "HH:MM". */
export const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A window with both times typed and its end after its start (a row being typed is not one yet). */
export const isCompleteWindow = (w: CallableWindow) =>
  HH_MM.test(w.start) && HH_MM.test(w.end) && minuteOf(w.end) > minuteOf(w.start);

/**
 * The windows: each a valid "HH:MM" pair with the end after the start, none overlapping another (one may end where
 * the next starts). Empty: no restriction, CCC calls at any hour between start and end.
 */
export const ZCallableWindows = z
  .array(z.strictObject({ start: ZTimeOfDay, end: ZTimeOfDay }))
  .max(AVAILABLE_TIME_MAX, { error: E.windowsMany })
  .superRefine((windows, ctx) => {
    const valid: { index: number; from: number; to: number }[] = [];
    windows.forEach((w, index) => {
      if (!HH_MM.test(w.start) || !HH_MM.test(w.end)) return;
      if (minuteOf(w.end) <= minuteOf(w.start)) {
        ctx.addIssue({ code: "custom", path: [index, "end"], message: E.windowEndBeforeStart });
        return;
      }
      valid.push({ index, from: minuteOf(w.start), to: minuteOf(w.end) });
    });
    valid.sort((a, b) => a.from - b.from);
    for (let i = 1; i < valid.length; i++) {
      const [previous, current] = [valid[i - 1], valid[i]];
      if (previous && current && current.from < previous.to) {
        // On the row that comes later in the list, which is the one the supervisor most likely just added.
        const later = Math.max(previous.index, current.index);
        ctx.addIssue({ code: "custom", path: [later, "start"], message: E.windowsOverlap });
      }
    }
  });

/** CCC's AvailableTime: sorted by start, with seconds; undefined when there are none (the request leaves it out). */
export function toWireAvailableTime(
  windows: readonly CallableWindow[],
): { StartTime: string; EndTime: string }[] | undefined {
  if (windows.length === 0) return undefined;
  return [...windows]
    .sort((a, b) => minuteOf(a.start) - minuteOf(b.start))
    .map((w) => ({ StartTime: `${w.start}:00`, EndTime: `${w.end}:00` }));
}

/** A campaign longer than this is not walked further (CCC campaigns run days or weeks, not years). */
const MAX_DAYS = 400;

const isTime = (value: number | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Seconds of [startUnix, endUnix) inside a window, day by day in `timeZone` (DST-correct: each window is a wall-clock
 * span of its own day). With no windows, the whole span. `stopAtFirst` returns as soon as any is found.
 */
export function callableSeconds(
  startUnix: number,
  endUnix: number,
  timeZone: string,
  windows: readonly CallableWindow[],
  { stopAtFirst = false } = {},
): number {
  if (!isTime(startUnix) || !isTime(endUnix) || endUnix <= startUnix) return 0;
  if (windows.length === 0) return endUnix - startUnix;
  let total = 0;
  let day = unixToZonedWallTime(startUnix, timeZone).slice(0, 10);
  for (let i = 0; i < MAX_DAYS && startOfZonedDay(day, timeZone).getTime() / 1000 < endUnix; i++) {
    for (const w of windows) {
      const from = zonedWallTimeToUnix(`${day}T${w.start}`, timeZone);
      const to = zonedWallTimeToUnix(`${day}T${w.end}`, timeZone);
      if (from === undefined || to === undefined) continue;
      total += Math.max(0, Math.min(to, endUnix) - Math.max(from, startUnix));
      if (stopAtFirst && total > 0) return total;
    }
    day = nextDay(day);
  }
  return total;
}

export interface MinuteSpan {
  fromMinute: number;
  toMinute: number;
}

export interface GridDay {
  /** "YYYY-MM-DD" in the campaign's zone. */
  day: string;
  /** The windows, in minutes after midnight; the whole day when there are none. */
  windows: MinuteSpan[];
  /** The part of the day the campaign runs, or null. */
  campaign: MinuteSpan | null;
  /** Where the two meet: when CCC may call that day. */
  callable: MinuteSpan[];
}

/** Minutes after local midnight of an instant, by the wall clock (a DST day still reads 0–1440). */
function wallMinute(unix: number, timeZone: string): number {
  return minuteOf(unixToZonedWallTime(unix, timeZone).slice(11, 16));
}

/** Seven days from the campaign's start day, in `timeZone`: the data behind the week grid and its table. */
export function weekGrid(
  campaign: { start: number | undefined; end: number | undefined },
  timeZone: string,
  windows: readonly CallableWindow[],
  days = 7,
): GridDay[] {
  const { start, end } = campaign;
  const first = unixToZonedWallTime(isTime(start) ? start : Math.floor(Date.now() / 1000), timeZone).slice(0, 10);
  const spans: MinuteSpan[] =
    windows.length === 0
      ? [{ fromMinute: 0, toMinute: 1440 }]
      : windows
          .filter(isCompleteWindow)
          .map((w) => ({ fromMinute: minuteOf(w.start), toMinute: minuteOf(w.end) }))
          .sort((a, b) => a.fromMinute - b.fromMinute);
  const grid: GridDay[] = [];
  let day = first;
  for (let i = 0; i < days; i++) {
    const dayStart = startOfZonedDay(day, timeZone).getTime() / 1000;
    const dayEnd = startOfZonedDay(nextDay(day), timeZone).getTime() / 1000;
    let span: MinuteSpan | null = null;
    if (isTime(start) && isTime(end) && end > start && start < dayEnd && end > dayStart) {
      span = {
        fromMinute: start <= dayStart ? 0 : wallMinute(start, timeZone),
        toMinute: end >= dayEnd ? 1440 : wallMinute(end, timeZone),
      };
    }
    const callable = span
      ? spans
          .map((w) => ({
            fromMinute: Math.max(w.fromMinute, span.fromMinute),
            toMinute: Math.min(w.toMinute, span.toMinute),
          }))
          .filter((w) => w.toMinute > w.fromMinute)
      : [];
    grid.push({ day, windows: spans, campaign: span, callable });
    day = nextDay(day);
  }
  return grid;
}

/** "09:30" for 570 minutes; "24:00" for the end of the day. */
export function minuteLabel(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
