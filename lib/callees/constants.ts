/**
 * Limits for callee lists. CCC documents no maximum number of callees per campaign, so ours is a choice:
 * configurable, shown in the UI, and checked again on the server.
 */
export const DEFAULT_MAX_CALLEES = 100_000;

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
} as const;
