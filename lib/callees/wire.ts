/**
 * The compact wire form for sending a normalized list to a server action: E.164 numbers joined with "\n"
 * (~16 bytes a number, ~1.6 MB for 100,000), and byte estimates the UI checks against the body limits before
 * sending. Over Next's `serverActions.bodySizeLimit` the action does not run and the browser sees only a generic
 * failure, so the check has to happen first, on the client.
 */

import { DEFAULT_MAX_CALLEES } from "./constants";

/** A TC3-signed CCC request body may be at most 10 MB. */
export const TC3_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Generous bytes per number on the wire ("+" + up to 15 digits + "\n", JSON-escaped), for server-side caps. */
export const WIRE_BYTES_PER_NUMBER = 24;

/** Joins normalized numbers into the wire form. */
export function toWire(numbers: readonly string[]): string {
  return numbers.join("\n");
}

/** UTF-8 bytes of `text` once written as a JSON string body (quotes, escapes, multi-byte characters). */
function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Bytes the wire form of `numbers` (or an already-joined wire string) adds to a server action request.
 * Server actions send their arguments as JSON, where each "\n" separator becomes the two bytes `\n`.
 */
export function estimateWireBytes(numbers: readonly string[] | string): number {
  if (typeof numbers === "string") return jsonStringBytes(numbers);
  let bytes = 2;
  for (const n of numbers) bytes += jsonStringBytes(n) - 2;
  return bytes + 2 * Math.max(0, numbers.length - 1);
}

/** Bytes of `numbers` as a JSON array of strings, as in CCC's `Callees` field (checked against the 10 MB TC3 cap). */
export function estimateCccCalleesBytes(numbers: readonly string[]): number {
  let bytes = 2 + Math.max(0, numbers.length - 1);
  for (const n of numbers) bytes += jsonStringBytes(n);
  return bytes;
}

/**
 * `experimental.serverActions.bodySizeLimit` for a maximum of `maxCallees`, in whole MiB; next.config.js computes
 * the same (a test checks both). Worst case 17 bytes per number on the wire ("+", 15 digits, "\n"), 256 KiB for
 * the rest of the form, and 50 % headroom: 100,000 numbers → 3 MiB.
 */
export function actionBodyLimitMiB(maxCallees: number): number {
  return Math.ceil(((maxCallees * 17 + 256 * 1024) * 1.5) / (1024 * 1024));
}

export const ACTION_BODY_LIMIT_BYTES = actionBodyLimitMiB(DEFAULT_MAX_CALLEES) * 1024 * 1024;

/** Kept free for the rest of a campaign form (name, times, callers…): the callee list gets the remainder. */
export const ACTION_BODY_RESERVE_BYTES = 256 * 1024;

/** Most bytes a callee list may take in a campaign form's action body; the list input checks it before sending. */
export const CALLEES_BODY_BUDGET_BYTES = ACTION_BODY_LIMIT_BYTES - ACTION_BODY_RESERVE_BYTES;

/** True when `numbers`, sent as a JSON array of strings, fits the action body next to the rest of the form. */
export function fitsActionBody(numbers: readonly string[]): boolean {
  return estimateCccCalleesBytes(numbers) <= CALLEES_BODY_BUDGET_BYTES;
}

/** The numbers of a wire string (inverse of `toWire`; "" is the empty list). */
export function fromWire(wire: string): string[] {
  return wire === "" ? [] : wire.split("\n");
}
