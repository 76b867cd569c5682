/**
 * Splitting pasted text (or a spreadsheet cell) into entries, keeping the 1-based line of each.
 *
 * The rule:
 * 1. Lines end at "\n", "\r\n" or a lone "\r". A trailing newline does not start another line.
 * 2. Within a line, entries are separated by "," ";" tab "|" and their full-width forms "，" "；" "、".
 *    Quotes are not special: a quoted field containing a comma is split (use a CSV file for quoted data).
 * 3. Each field is trimmed (spaces, BOM, zero-width characters). Empty fields are skipped, not rejected.
 * 4. A field with inner whitespace is several numbers only when EVERY whitespace-separated piece has at least
 *    `MIN_STANDALONE_DIGITS` digits: "13012345678 13912345678" is two entries, while "+86 130 1234 5678",
 *    "0755 8601 3388" and "(021) 6123 4567" are one each (a piece like "+86" or "0755" is not a number alone).
 *    A field with a piece that has no digits ("Zhang 13012345678") stays one entry and is rejected as a whole.
 */
import { countDigits as countDigitsImport, isSpaceCode as isSpaceCodeImport } from "./clean";

// Local aliases: bundlers and tsx compile imports to getter calls, and these run once per character.
const countDigits = countDigitsImport;
const isSpaceCode = isSpaceCodeImport;

/** A whitespace-separated piece needs this many digits to count as a number of its own (shortest local numbers). */
export const MIN_STANDALONE_DIGITS = 7;

/** Receives one entry: `text[start, end)` found on `line`. Offsets avoid a substring per entry. */
export type EntryVisitor = (text: string, start: number, end: number, line: number) => void;

function isSeparator(c: number): boolean {
  return c === 44 || c === 59 || c === 9 || c === 124 || c === 0xff0c || c === 0xff1b || c === 0x3001;
}

function isTrimmable(c: number): boolean {
  return isSpaceCode(c) || c === 0xfeff || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060;
}

/** Cheap pre-test: can this character be whitespace at all? (ASCII controls/space, or anything non-ASCII.) */
function maybeSpace(c: number): boolean {
  return c <= 32 || c >= 0xa0;
}

function emitField(text: string, start: number, end: number, line: number, visit: EntryVisitor, spaced: boolean): void {
  let s = start;
  let e = end;
  while (s < e && isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  let firstSpace = -1;
  for (let i = spaced ? s : e; i < e; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      firstSpace = i;
      break;
    }
  }
  if (firstSpace < 0) {
    visit(text, s, e, line);
    return;
  }
  // Collect the pieces' bounds; give up (one entry) at the first piece that cannot stand alone.
  const bounds: number[] = [];
  let i = s;
  while (i < e) {
    const pieceStart = i;
    while (i < e && !isSpaceCode(text.charCodeAt(i))) i++;
    if (countDigits(text, pieceStart, i) < MIN_STANDALONE_DIGITS) {
      visit(text, s, e, line);
      return;
    }
    bounds.push(pieceStart, i);
    while (i < e && isSpaceCode(text.charCodeAt(i))) i++;
  }
  for (let k = 0; k < bounds.length; k += 2) visit(text, bounds[k] ?? s, bounds[k + 1] ?? e, line);
}

/** Splits `text[start, end)`, one line or one cell, into entries (rules 2–4). */
export function splitLine(text: string, start: number, end: number, line: number, visit: EntryVisitor): void {
  let fieldStart = start;
  // One scan finds the separators and notes whether the field may contain whitespace at all.
  let spaced = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (isSeparator(c)) {
      emitField(text, fieldStart, i, line, visit, spaced);
      fieldStart = i + 1;
      spaced = false;
    } else if (maybeSpace(c)) {
      spaced = true;
    }
  }
  emitField(text, fieldStart, end, line, visit, spaced);
}

/** Lone "\r" (old Mac exports) becomes "\n"; "\r\n" is handled in the loop without copying the text. */
function withNewlines(text: string): string {
  return /\r(?!\n)/.test(text) ? text.replace(/\r\n?/g, "\n") : text;
}

/** Counts lines by rule 1, for progress totals. */
export function countLines(text: string): number {
  const source = withNewlines(text);
  let lines = 0;
  let pos = 0;
  while (pos < source.length) {
    const nl = source.indexOf("\n", pos);
    lines++;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines;
}

/**
 * Visits every entry of pasted text. `onLine(line)` runs after each line (progress reporting).
 * Returns the number of lines.
 */
export function forEachTextEntry(text: string, visit: EntryVisitor, onLine?: (line: number) => void): number {
  const source = withNewlines(text);
  const length = source.length;
  let line = 0;
  let pos = 0;
  while (pos < length) {
    let nl = source.indexOf("\n", pos);
    if (nl < 0) nl = length;
    const end = nl > pos && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    line++;
    splitLine(source, pos, end, line, visit);
    onLine?.(line);
    pos = nl + 1;
  }
  return line;
}

/** Visits every entry of a spreadsheet column; a cell's own line breaks keep the cell's row number. */
export function forEachCellEntry(
  values: readonly string[],
  rows: ArrayLike<number>,
  visit: EntryVisitor,
  onCell?: (index: number) => void,
): number {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const row = rows[i] ?? i + 1;
    if (value.includes("\n") || value.includes("\r")) {
      forEachTextEntry(value, (text, start, end) => visit(text, start, end, row));
    } else {
      splitLine(value, 0, value.length, row, visit);
    }
    onCell?.(i + 1);
  }
  return values.length;
}
