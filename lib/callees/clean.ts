/**
 * Pre-normalization of one entry with a char-code loop: keep digits (ASCII, full-width, Arabic-Indic), one leading
 * "+" (or "＋"), drop formatting (spaces, dashes, dots, brackets, slashes, quotes, BOM, zero-width characters), and
 * turn a leading "00" into "+". Anything else (letters, "#", "*", a "+" after a digit…) rejects the entry.
 *
 * Returns the cleaned "+digits"/"digits" string, or a reject code when there is nothing to parse. Cleaned numbers
 * start with "+" or a digit and reject codes with a lowercase letter, so one string carries both without
 * allocating a result object per entry (this runs for every one of 100,000+ lines).
 */
import * as limits from "./constants";
import type { RejectReason } from "./types";

// Local copies: bundlers and tsx compile imports to getter calls, and these are read once per entry.
const { MAX_ENTRY_CHARS, MAX_ENTRY_DIGITS } = limits;

const KIND_OTHER = 0;
const KIND_DIGIT = 1;
const KIND_FORMAT = 2;
const KIND_PLUS = 3;

/** ASCII lookup; everything above 127 goes through `kindOfWide`. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = KIND_DIGIT;
for (const ch of " \t\n\v\f\r-.()[]/\"'`") ASCII_KIND[ch.charCodeAt(0)] = KIND_FORMAT;
ASCII_KIND[43] = KIND_PLUS;

/** Whitespace that separates words; the splitter uses it to decide whether a line holds several numbers. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The ASCII digit for a digit of another script, or -1. Same scripts libphonenumber accepts, minus the rare ones. */
export function wideDigit(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

function kindOfWide(c: number): number {
  if (wideDigit(c) >= 0) return KIND_DIGIT;
  if (c === 0xff0b) return KIND_PLUS;
  if (isSpaceCode(c)) return KIND_FORMAT;
  switch (c) {
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space, non-joiner, joiner
    case 0x200c:
    case 0x200d:
    case 0x2060: // word joiner
    case 0xfeff: // BOM / zero-width no-break space
    case 0x2010: // hyphen … horizontal bar
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: // minus sign
    case 0x30fc: // katakana long vowel mark, used as a dash in East Asian text
    case 0xff0d: // full-width hyphen-minus
    case 0xff0e: // full-width full stop
    case 0xff08: // full-width brackets
    case 0xff09:
    case 0xff3b:
    case 0xff3d:
    case 0xff0f: // full-width solidus
    case 0x2018: // curly quotes
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0xff02: // full-width quotes
    case 0xff07:
      return KIND_FORMAT;
    default:
      return KIND_OTHER;
  }
}

function kindOf(c: number): number {
  return c < 128 ? (ASCII_KIND[c] ?? KIND_OTHER) : kindOfWide(c);
}

/** Counts the digits in `text[start, end)`; the splitter's "is this piece a whole number" test. */
export function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 128 && wideDigit(c) >= 0)) n++;
  }
  return n;
}

/** True when the string is a cleaned number rather than a reject code. */
export function isCleanedNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 43 || (c >= 48 && c <= 57);
}

function finish(digits: string, plus: boolean): string | RejectReason {
  if (digits.length > MAX_ENTRY_DIGITS) return "too_long";
  if (plus) return `+${digits}`;
  // "00" is the international prefix in China and most of the world (ITU-T E.164 recommends it).
  if (digits.charCodeAt(0) === 48 && digits.charCodeAt(1) === 48) {
    return digits.length > 2 ? `+${digits.slice(2)}` : "too_short";
  }
  return digits;
}

/** Cleans `text[start, end)`; see the module comment. */
export function cleanNumberText(text: string, start = 0, end = text.length): string | RejectReason {
  if (end - start > MAX_ENTRY_CHARS) return "too_long";
  // Fast case: already "+digits" or "digits" (E.164 lists, most national lists): one scan, one slice.
  let i = start;
  if (text.charCodeAt(i) === 43) i++;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === end && end - start > (text.charCodeAt(start) === 43 ? 1 : 0)) {
    const plus = text.charCodeAt(start) === 43;
    return finish(text.slice(plus ? start + 1 : start, end), plus);
  }
  return cleanSlow(text, start, end);
}

function cleanSlow(text: string, start: number, end: number): string | RejectReason {
  let digits = "";
  let plus = false;
  // ASCII digit runs are appended as slices ("+86 130 1234 5678" → 4 appends, not 13 one-character ones).
  let run = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      digits += text.slice(run, i);
      run = -1;
    }
    const kind = kindOf(c);
    if (kind === KIND_DIGIT) {
      digits += String.fromCharCode(48 + wideDigit(c));
    } else if (kind === KIND_PLUS) {
      // Only one "+", and only before the first digit: "86+130…" or "++86…" is not a number.
      if (plus || digits.length > 0) return "not_a_number";
      plus = true;
    } else if (kind === KIND_OTHER) {
      return "not_a_number";
    }
  }
  if (run >= 0) digits += text.slice(run, end);
  if (digits.length === 0) return plus ? "not_a_number" : "empty";
  return finish(digits, plus);
}
