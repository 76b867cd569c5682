/**
 * One entry → E.164 or a reject reason: clean, try the fast path, fall back to libphonenumber (cached, since
 * lists repeat the same odd entries and a libphonenumber parse costs ~20× a fast-path decision).
 */
import { type CountryCode, isSupportedCountry } from "libphonenumber-js/max";
import { cleanNumberText } from "./clean";
import { DEFAULT_REGION } from "./constants";
import { fastClassify as fastClassifyImport } from "./fast-path";
import { planForRegion } from "./plans";
import { slowClassify } from "./slow-path";
import type { RejectReason } from "./types";

// A local alias: bundlers and tsx compile imports to getter calls, and this runs once per entry.
const fastClassify = fastClassifyImport;

/** Result of normalizing one entry. */
export type NumberOutcome = { ok: true; e164: string } | { ok: false; reason: RejectReason };

/** Turns cleaned entries into E.164 numbers or reject codes (E.164 starts with "+", codes with a letter). */
export type Classifier = (cleaned: string) => string;

const SLOW_CACHE_LIMIT = 20_000;

/** Checks the region once so a typo in configuration fails loudly instead of rejecting every national number. */
export function assertRegion(region: string): CountryCode {
  if (!isSupportedCountry(region)) throw new RangeError(`Unsupported default region: ${region}`);
  return region;
}

/** A classifier for one default region. `useFastPath: false` gives the libphonenumber-only reference. */
export function createClassifier(defaultRegion: string = DEFAULT_REGION, useFastPath = true): Classifier {
  const region = assertRegion(defaultRegion);
  const plan = useFastPath ? planForRegion(region) : undefined;
  const slowCache = new Map<string, string>();
  return (cleaned) => {
    const first = cleaned.charCodeAt(0);
    if (first !== 43 && (first < 48 || first > 57)) return cleaned; // a reject code from cleaning
    const fast = useFastPath ? fastClassify(cleaned, plan) : undefined;
    if (fast !== undefined) return fast;
    let outcome = slowCache.get(cleaned);
    if (outcome === undefined) {
      outcome = slowClassify(cleaned, region);
      // Bounded so a list of a million distinct odd entries cannot grow it without limit.
      if (slowCache.size >= SLOW_CACHE_LIMIT) slowCache.clear();
      slowCache.set(cleaned, outcome);
    }
    return outcome;
  };
}

/** True for an E.164 outcome of a classifier, false for a reject code. */
export function isE164Outcome(outcome: string): boolean {
  return outcome.charCodeAt(0) === 43;
}

const classifiers = new Map<string, Classifier>();

/**
 * Normalizes one number as written by a person ("+86 130-1234-5678", "０７５５ ８６０１ ３３８８"…) to E.164.
 * For lists use `normalizeCallees`, which also splits, dedupes and reports line numbers.
 */
export function normalizePhoneNumber(text: string, defaultRegion: string = DEFAULT_REGION): NumberOutcome {
  let classify = classifiers.get(defaultRegion);
  if (!classify) {
    classify = createClassifier(defaultRegion);
    classifiers.set(defaultRegion, classify);
  }
  const outcome = classify(cleanNumberText(text.trim()));
  return isE164Outcome(outcome) ? { ok: true, e164: outcome } : { ok: false, reason: outcome as RejectReason };
}
