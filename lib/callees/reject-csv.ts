/**
 * CSV export of rejected entries (line,text,reason) for supervisors to fix their list in Excel.
 *
 * Escaping follows RFC 4180 (quote fields with , " CR LF or edge spaces; double inner quotes; CRLF rows).
 * Formula injection: a cell starting with = + - @ TAB or CR can run as a formula when the file is opened in a
 * spreadsheet, so such cells get a leading apostrophe (OWASP's advice). Phone numbers legitimately start with
 * "+", and an apostrophe would show up in every one of them, so a cell made only of "+", "-", digits, spaces,
 * dots and brackets keeps its text: without letters or symbols such as | ! " ( it can be at most arithmetic,
 * never a function call or a DDE link.
 */
import type { RejectedEntry, RejectReason } from "./types";

const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_LIKE = /^[+\-0-9 ().]*$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Neutralizes a cell a spreadsheet could run as a formula, keeping phone-number-like text as written. */
export function guardFormula(cell: string): string {
  if (!FORMULA_START.test(cell)) return cell;
  if (PHONE_LIKE.test(cell)) return cell;
  return `'${cell}`;
}

/** One CSV field, guarded and quoted as needed. */
export function csvField(value: string | number): string {
  const cell = typeof value === "number" ? String(value) : guardFormula(value);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Options of `rejectedToCsv`. */
export interface RejectCsvOptions {
  /** Adds a "message" column with these texts (e.g. the UI's translations). */
  messages?: Partial<Record<RejectReason, string>>;
  /** Start with a UTF-8 BOM so Excel reads Chinese text correctly. Default true. */
  bom?: boolean;
}

/** The rejected entries as CSV text. */
export function rejectedToCsv(rejected: readonly RejectedEntry[], options: RejectCsvOptions = {}): string {
  const { messages } = options;
  const header = messages ? "line,text,reason,message" : "line,text,reason";
  const rows = rejected.map((r) => {
    const base = `${csvField(r.line)},${csvField(r.text)},${csvField(r.reason)}`;
    return messages ? `${base},${csvField(messages[r.reason] ?? r.reason)}` : base;
  });
  return `${options.bom === false ? "" : "\uFEFF"}${[header, ...rows].join("\r\n")}\r\n`;
}
