/**
 * When pasted text is held as data instead of landing in the paste box. Chromium lays out a textarea's whole value
 * on the main thread: 100,000 numbers (1.5 MB) froze the form for ~1.4 s in one task, before any of our code ran.
 * So above these sizes the paste handler cancels the browser's insertion and hands the text to the worker.
 */

/** Text with more than this many characters is held (64 Ki: a textarea lays that out in a few ms). */
export const HOLD_OVER_CHARS = 64 * 1024;
/** …or with more than this many lines. */
export const HOLD_OVER_LINES = 2_000;
/** "Edit as text" puts a held text back into the box only up to this size (a one-off task the user asked for). */
export const EDITABLE_MAX_CHARS = 256 * 1024;
export const EDITABLE_MAX_LINES = 10_000;

/** Lines of `text`, counting no further than `limit + 1` (enough to tell "over the limit"). */
export function countLinesUpTo(text: string, limit: number): number {
  let lines = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && lines <= limit) {
    lines++;
    at = text.indexOf("\n", at + 1);
  }
  return lines;
}

const over = (text: string, chars: number, lines: number) => text.length > chars || countLinesUpTo(text, lines) > lines;

/** True when `text` must not be put into the paste box: it is held as data instead. */
export const shouldHold = (text: string): boolean => over(text, HOLD_OVER_CHARS, HOLD_OVER_LINES);

/** True when a held text is small enough to go back into the box for editing. */
export const isEditable = (text: string): boolean => !over(text, EDITABLE_MAX_CHARS, EDITABLE_MAX_LINES);

/** The box's text after a paste replaces the selection `start…end` of `value` (what the browser would do). */
export function pasteInto(value: string, start: number, end: number, pasted: string): string {
  // The usual case (an empty box, or all of it selected) keeps the pasted string itself: no 1.5 MB copy.
  if (start === 0 && end === value.length) return pasted;
  return value.slice(0, start) + pasted + value.slice(end);
}

/** The text after a drop: appended on a line of its own (where in the text it was dropped is not known). */
export function dropInto(value: string, dropped: string): string {
  return value === "" ? dropped : `${value}${value.endsWith("\n") ? "" : "\n"}${dropped}`;
}
