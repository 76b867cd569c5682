/**
 * Limits for callee lists. CCC documents no maximum number of callees per campaign, so ours is a choice:
 * configurable, shown in the UI, and checked again on the server.
 */

/** The maximum when CONSOLE_MAX_CALLEES is not set. */
export const STANDARD_MAX_CALLEES = 100_000;
/** The highest CONSOLE_MAX_CALLEES accepted: 500,000 numbers of 16 characters stay under CCC's 10 MB body. */
export const MAX_CALLEES_CEILING = 500_000;

/**
 * Reads CONSOLE_MAX_CALLEES: a whole number from 1 to 500,000, blank for the standard 100,000. next.config.js
 * applies the same rule at build time.
 */
export function parseMaxCallees(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return STANDARD_MAX_CALLEES;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > MAX_CALLEES_CEILING) {
    throw new RangeError(
      `CONSOLE_MAX_CALLEES must be a whole number from 1 to ${MAX_CALLEES_CEILING.toLocaleString("en")}, got "${raw}"`,
    );
  }
  return value;
}

/**
 * Callees per campaign: CONSOLE_MAX_CALLEES, a BUILD-time setting. next.config.js derives the server-action body
 * limit from it and inlines it (`env`) into server and browser code alike, so the list input, both forms' schemas
 * and the server agree with the body limit the build was made for.
 */
export const DEFAULT_MAX_CALLEES = parseMaxCallees(process.env.CONSOLE_MAX_CALLEES);

/** Numbers without a country code are read as numbers of this region. */
export const DEFAULT_REGION = "CN";

/** Rejected entries kept with their text; past this only the count grows (a wrong column can reject 1M rows). */
export const DEFAULT_MAX_REJECTED_DETAILS = 50_000;

/** A rejected entry's text is cut to this length so one 10 MB line cannot bloat the result. */
export const MAX_REJECTED_TEXT_CHARS = 120;

/**
 * An entry longer than this is rejected as too long without being parsed. A formatted international number with
 * an IDD prefix and spaces stays well under it; libphonenumber itself gives up at 250 characters.
 */
export const MAX_ENTRY_CHARS = 64;

/** More digits than this cannot be a phone number (IDD prefix + 3-digit country code + 17-digit maximum NSN). */
export const MAX_ENTRY_DIGITS = 27;

/** Progress is reported every this many lines. */
export const PROGRESS_EVERY = 16_384;

/** English fallback messages; the UI uses its own translated ones keyed by the same codes. */
export const DEFAULT_REJECT_MESSAGES = {
  empty: "No digits",
  not_a_number: "Not a phone number",
  invalid_country: "Unknown country code",
  too_short: "Too short",
  too_long: "Too long",
  invalid_length: "Wrong number of digits",
  invalid_for_region: "Not a valid number for the default region",
  invalid_number: "Not a valid number",
  uui_too_long: "UUI too long",
  variable_value_too_long: "Variable value too long",
} as const;
