/**
 * A read-only set of E.164 numbers built for a million entries: the digits after "+" as doubles in a sorted
 * Float64Array (8 bytes a number, 8 MB for a million, against ~60 MB for a Set of strings) looked up by binary
 * search. E.164 has at most 15 digits and never a leading 0, so every number is an exact double below 2^53 and
 * two different numbers never map to the same value.
 *
 * Pure: used by the server's cache, the benchmark and unit tests.
 */

/** The number's key, or NaN for text that is not E.164 (never a member). */
export function phoneKey(e164: string): number {
  if (e164.length < 3 || e164.length > 16 || e164.charCodeAt(0) !== 43 || e164.charCodeAt(1) === 48) return Number.NaN;
  let value = 0;
  for (let i = 1; i < e164.length; i++) {
    const digit = e164.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

export class PhoneSet {
  private readonly keys: Float64Array;

  private constructor(keys: Float64Array) {
    this.keys = keys;
  }

  /** Builds the set; entries that are not E.164 are skipped (the table's CHECK keeps them out anyway). */
  static from(phones: readonly string[]): PhoneSet {
    const keys = new Float64Array(phones.length);
    let size = 0;
    for (const phone of phones) {
      const key = phoneKey(phone);
      if (!Number.isNaN(key)) keys[size++] = key;
    }
    const sorted = keys.subarray(0, size).sort();
    return new PhoneSet(sorted);
  }

  get size(): number {
    return this.keys.length;
  }

  has(e164: string): boolean {
    const key = phoneKey(e164);
    if (Number.isNaN(key)) return false;
    const keys = this.keys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = keys[middle] as number;
      if (value === key) return true;
      if (value < key) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** What `suppressWith` found: the numbers to keep, and the suppressed ones with their 0-based index in the input. */
export interface Suppression {
  kept: string[];
  suppressed: { phone: string; index: number }[];
}

/** Splits `callees` into kept and suppressed (on the list), keeping the input's order in both. */
export function suppressWith(list: PhoneSet, callees: readonly string[]): Suppression {
  const kept: string[] = [];
  const suppressed: Suppression["suppressed"] = [];
  if (list.size === 0) return { kept: [...callees], suppressed };
  callees.forEach((phone, index) => {
    if (list.has(phone)) suppressed.push({ phone, index });
    else kept.push(phone);
  });
  return { kept, suppressed };
}
