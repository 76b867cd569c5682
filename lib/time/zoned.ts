/**
 * Wall-clock times in an explicit IANA time zone ⇄ instants. The console never reads the browser's zone by
 * accident (design.md): a supervisor's "2026-03-29 09:00" means 09:00 in the zone shown next to the field, and the
 * audit filter's "from 2026-03-29 to 2026-03-29" means that whole day there, including on days with a DST change.
 * CCC takes Unix seconds; `<input type="datetime-local">` speaks "YYYY-MM-DDTHH:mm".
 */

// Building an Intl.DateTimeFormat costs far more than using one; grids and day walks ask thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day ("2026-03-29") starts in `timeZone`: its midnight, or where DST skips midnight itself
 * (America/Santiago, 2026-09-06: 00:00 becomes 01:00) the first instant after the gap.
 */
export function startOfZonedDay(day: string, timeZone: string): Date {
  const seconds = zonedWallTimeToUnix(`${day}T00:00`, timeZone);
  if (seconds === undefined) throw new RangeError(`Not a calendar day: "${day}"`);
  return new Date(seconds * 1000);
}

/** The calendar day after `day` ("2026-12-31" → "2027-01-01"). */
export function nextDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Unix seconds of a wall-clock time ("2026-03-29T09:00", as a datetime-local input gives it) in `timeZone`, or
 * undefined when the text is not such a time. A time skipped by a DST jump resolves to the instant after the gap; a
 * repeated one to its first occurrence.
 */
export function zonedWallTimeToUnix(wallTime: string, timeZone: string): number | undefined {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  if (Number.isNaN(wall)) return undefined;
  // Zone offsets change at most once within a day around any wall time: try the offset in force a day before and
  // a day after. Both fit in a repeated hour (take the earlier instant); neither fits in a skipped hour (the
  // earlier offset lands after the gap).
  const oneDay = 86_400_000;
  const before = wall - zoneOffsetMs(wall - oneDay, timeZone);
  const after = wall - zoneOffsetMs(wall + oneDay, timeZone);
  const fits = (instant: number) => instant + zoneOffsetMs(instant, timeZone) === wall;
  const instant = fits(before) && fits(after) ? Math.min(before, after) : fits(after) ? after : before;
  return Math.floor(instant / 1000);
}

/** The wall-clock time ("YYYY-MM-DDTHH:mm") of a Unix-seconds instant in `timeZone`, for a datetime-local input. */
export function unixToZonedWallTime(unixSeconds: number, timeZone: string): string {
  const instant = unixSeconds * 1000;
  return new Date(instant + zoneOffsetMs(instant, timeZone)).toISOString().slice(0, 16);
}

/** "2026-03-29 01:00 UTC": how the console shows the value it will send. */
export function formatUtc(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Whether the runtime knows `timeZone` as an IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the runtime knows, UTC included, for zone pickers. */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
