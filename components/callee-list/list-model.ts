/**
 * Pure pieces of the list input, kept apart from React so they are unit-tested: what the report says about a
 * worker result, which numbers the form receives, and file helpers.
 */
import type { CalleeAttribute, RowAttributes } from "@/lib/callees/attributes/types";
import { CALLEES_BODY_BUDGET_BYTES, fitsActionBody } from "@/lib/callees/wire";
import { numbersFromWire, type WireListResult } from "@/lib/callees/worker/protocol";

/** Where the current list came from. */
export type ListSource = "paste" | "file" | "prefill";

/** The checked list the input shows and hands to the form. */
export interface CheckedList {
  source: ListSource;
  numbers: string[];
  /** Absent for a prefilled list (it was checked when it was sent). */
  result?: Omit<WireListResult, "wire" | "jsonBytes" | "attributes">;
  /** Per-callee data of the numbers that have any (an import with mapped columns, or the data last sent). */
  attributes: CalleeAttribute[];
  elapsedMs?: number;
  /** Over the per-campaign maximum. */
  tooMany: boolean;
  /** Over the server action body budget (only possible when a form raises `max` past what the limit was sized for). */
  tooLarge: boolean;
}

export function checkedFromResult(
  source: ListSource,
  result: WireListResult,
  max: number,
  elapsedMs?: number,
): CheckedList {
  const { wire, jsonBytes, attributes, ...rest } = result;
  const numbers = numbersFromWire(wire);
  return {
    source,
    numbers,
    result: rest,
    attributes: attributes ? withCallees(numbers, attributes) : [],
    elapsedMs,
    tooMany: numbers.length > max,
    tooLarge: jsonBytes > CALLEES_BODY_BUDGET_BYTES,
  };
}

export function checkedFromPrefill(numbers: string[], max: number, attributes: CalleeAttribute[] = []): CheckedList {
  return { source: "prefill", numbers, attributes, tooMany: numbers.length > max, tooLarge: !fitsActionBody(numbers) };
}

/** The worker's data, aligned with the numbers, as the form's entries (only the callees that have data). */
export function withCallees(numbers: readonly string[], aligned: readonly (RowAttributes | null)[]): CalleeAttribute[] {
  const out: CalleeAttribute[] = [];
  aligned.forEach((data, index) => {
    const callee = numbers[index];
    if (data && callee !== undefined) out.push({ callee, ...data });
  });
  return out;
}

/**
 * What the form receives: the numbers, or none when they cannot be sent at all (the input shows why). A list over
 * the maximum is still handed over, so the form's own schema refuses it with the field's message.
 */
export function formValueOf(list: CheckedList | undefined): string[] {
  if (!list || list.tooLarge) return [];
  return list.numbers;
}

/** The per-callee data the form receives with the list (none when the list itself is not handed over). */
export function attributesValueOf(list: CheckedList | undefined): CalleeAttribute[] {
  if (!list || list.tooLarge) return [];
  return list.attributes;
}

/** "A", "B", … "Z", "AA": spreadsheet column letters for a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Human file size (B, KB, MB) for messages. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, unit: "byte" | "kilobyte" | "megabyte") =>
    new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(
      value,
    );
  if (bytes < 1024) return format(bytes, "byte");
  if (bytes < 1024 * 1024) return format(bytes / 1024, "kilobyte");
  return format(bytes / (1024 * 1024), "megabyte");
}

/** The downloadable template: a header the column detection recognizes and the formats we accept. */
export const TEMPLATE_CSV = "\uFEFFphone\r\n+8613800138000\r\n13800138001\r\n0086 138 0013 8002\r\n+1 415 555 0100\r\n";
