/**
 * Why an entry was not accepted. Codes only: the UI maps them to localized messages
 * (`DEFAULT_REJECT_MESSAGES` is an English fallback, not the user-facing text).
 */
export type RejectReason =
  /** Only formatting characters (quotes, dashes, brackets…), no digits. */
  | "empty"
  /** Letters or other characters that are not part of a phone number, or a "+" that is not at the start. */
  | "not_a_number"
  /** International form with an unknown country calling code (e.g. "+999…"). */
  | "invalid_country"
  | "too_short"
  | "too_long"
  /** The length falls in a gap of the numbering plan's possible lengths. */
  | "invalid_length"
  /** National form (no "+") that is not a valid number of the default region. */
  | "invalid_for_region"
  /** International form that is not a valid number of its country. */
  | "invalid_number"
  /** An imported row whose UUI column is longer than CALLEE_ATTRIBUTE_LIMITS allows. */
  | "uui_too_long"
  /** An imported row with a variable value longer than CALLEE_ATTRIBUTE_LIMITS allows. */
  | "variable_value_too_long";

export const REJECT_REASONS: readonly RejectReason[] = [
  "empty",
  "not_a_number",
  "invalid_country",
  "too_short",
  "too_long",
  "invalid_length",
  "invalid_for_region",
  "invalid_number",
  "uui_too_long",
  "variable_value_too_long",
];

/** One rejected entry: where it was (1-based line or spreadsheet row) and what it said. */
export interface RejectedEntry {
  line: number;
  /** The entry as written, cut to `MAX_REJECTED_TEXT_CHARS` characters. */
  text: string;
  reason: RejectReason;
}

/**
 * The outcome of normalizing a list. Plain data (strings, numbers, one typed array), so it survives
 * `postMessage` from a worker; `transferablesOf(result)` lists the buffers that can be moved instead of copied.
 */
export interface CalleeListResult {
  /** Unique E.164 numbers in first-occurrence order. */
  numbers: string[];
  /** Accepted entries (= numbers.length). */
  valid: number;
  /** Entries dropped because an earlier entry had the same E.164 number. */
  duplicates: number;
  /** Lines (or rows) of the dropped duplicates, ascending. */
  duplicateLines: Uint32Array;
  /** Rejected entries in input order, at most `maxRejectedDetails` of them. */
  rejected: RejectedEntry[];
  /** Every rejected entry, including those not detailed in `rejected`. */
  rejectedTotal: number;
  /** More unique numbers than `max` allows. */
  tooMany: boolean;
  /** The limit the list was checked against. */
  max: number;
  /** Lines of pasted text, or cells of a spreadsheet column. */
  totalLines: number;
}

/** A spreadsheet column: cell texts and the 1-based row number of each, as a spreadsheet app shows it. */
export interface CellColumn {
  values: readonly string[];
  rows: ArrayLike<number>;
}

/** Pasted text, or a column read from a file by `lib/callees/files`. */
export type CalleeInput = string | CellColumn;

/** Called every few thousand lines with how far the work is (both counts in lines or cells). */
export type ProgressCallback = (progress: { done: number; total: number }) => void;

/** Options of `normalizeCallees`. */
export interface NormalizeOptions {
  /** ISO 3166 region used for numbers written without a country code. Default "CN". */
  defaultRegion?: string;
  /** Maximum unique numbers per campaign; more sets `tooMany`. Default `DEFAULT_MAX_CALLEES`. */
  max?: number;
  /** Keep at most this many rejected entries in `rejected` (the count is always exact). */
  maxRejectedDetails?: number;
  onProgress?: ProgressCallback;
  /** Called with the line (or row) of each accepted number, in the order of `numbers` (per-callee data uses it). */
  onAccept?: (line: number) => void;
}
