import { isValidTimeZone, supportedTimeZones } from "@/lib/time/zoned";

/**
 * The zones this console's supervisors pick most (CCC serves mainland China first, then its overseas regions),
 * offered above the full IANA list.
 */
export const COMMON_TIME_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Asia/Bangkok",
  "Asia/Jakarta",
  "Asia/Kolkata",
  "Asia/Dubai",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "UTC",
] as const;

export interface ZoneGroups {
  common: string[];
  other: string[];
}

const offsets = new Map<string, string>();

/** "UTC+08:00" for Asia/Shanghai now (DST-aware at the moment of the first call per zone); "UTC+00:00" for UTC. */
export function zoneOffsetLabel(zone: string, at: Date = new Date()): string {
  let label = offsets.get(zone);
  if (label === undefined) {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    // ICU writes a zero offset as plain "GMT".
    label = part === undefined || part === "GMT" ? "UTC+00:00" : part.replace("GMT", "UTC");
    offsets.set(zone, label);
  }
  return label;
}

const normalize = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");

/** 0 exact, 1 the zone or its city starts with the query, 2 contains it, 3 its offset does; -1 no match. */
function rank(zone: string, query: string): number {
  const name = normalize(zone);
  const city = name.slice(name.lastIndexOf("/") + 1);
  if (name === query || city === query) return 0;
  if (name.startsWith(query) || city.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  return zoneOffsetLabel(zone).toLowerCase().includes(query) ? 3 : -1;
}

function ranked(zones: readonly string[], query: string): string[] {
  return (
    zones
      .map((zone) => ({ zone, rank: rank(zone, query) }))
      .filter((match) => match.rank >= 0)
      // Stable: equal ranks keep the list's order (the curated order of common zones, A–Z for the rest).
      .sort((a, b) => a.rank - b.rank)
      .map((match) => match.zone)
  );
}

/**
 * Every zone to offer: the runtime's IANA list, the common ones (a runtime may list "Asia/Kolkata" only under its
 * old name "Asia/Calcutta", yet accept both) and any extra, e.g. a value a record already holds.
 */
export function allTimeZones(extra: readonly string[] = []): string[] {
  const listed = supportedTimeZones();
  const known = new Set(listed);
  const added = [...COMMON_TIME_ZONES, ...extra].filter((zone) => !known.has(zone) && isValidTimeZone(zone));
  return [...listed, ...new Set(added)].sort((a, b) => a.localeCompare(b));
}

/**
 * The zones to offer for `query`: common ones first, then the rest, best match first in each (exact, then prefix
 * of the zone or city, then substring, then offset such as "+08"), ties in list order. An empty query offers everything.
 * `zones` is the full list (the runtime's IANA zones, plus any value a record already holds).
 */
export function searchTimeZones(query: string, zones: readonly string[]): ZoneGroups {
  const known = new Set(zones);
  const common: string[] = COMMON_TIME_ZONES.filter((zone) => known.has(zone));
  const commonSet = new Set(common);
  const other = zones.filter((zone) => !commonSet.has(zone));
  const q = normalize(query);
  if (q === "") return { common, other };
  return { common: ranked(common, q), other: ranked(other, q) };
}

/** The zone the text names exactly (any case, spaces for underscores), if any. */
export function exactTimeZone(text: string, zones: readonly string[]): string | undefined {
  const q = normalize(text);
  return zones.find((zone) => normalize(zone) === q);
}
