/**
 * Numbering plans compiled from libphonenumber-js's **max** metadata, for the fast path.
 *
 * Why max: CCC dials what we send, and every dial of a non-existent number costs money and skews the campaign's
 * answer rate. With `min` metadata `isValid()` only checks lengths (a typo like 12012345678 passes as a CN number);
 * `max` carries the per-type patterns (fixed line, mobile, toll free…) Google's libphonenumber validates with.
 * The fast path and the libphonenumber fallback use the same max metadata, so both apply the same rules.
 *
 * The per-type patterns are read through the `Metadata` class's numbering-plan methods, which libphonenumber-js
 * uses internally but does not type. `readPlan` checks they exist; if a future version drops one, the fast path
 * switches itself off and every entry takes the (slower, still correct) libphonenumber route.
 */
import { Metadata } from "libphonenumber-js/core";
import maxMetadata from "libphonenumber-js/max/metadata";

/**
 * A national number is valid when it matches any type, so the order only matters for speed: mobile first, as most
 * callees are mobiles, and CN's fixed-line pattern is a 2,000-character expression.
 */
const NUMBER_TYPES = [
  "MOBILE",
  "FIXED_LINE",
  "TOLL_FREE",
  "PREMIUM_RATE",
  "PERSONAL_NUMBER",
  "VOICEMAIL",
  "UAN",
  "PAGER",
  "VOIP",
  "SHARED_COST",
] as const;

interface RawType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}

interface RawPlan {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  IDDPrefix(): string;
  hasTypes(): boolean;
  type(name: string): RawType | undefined;
}

const RAW_PLAN_METHODS = [
  "callingCode",
  "nationalNumberPattern",
  "possibleLengths",
  "nationalPrefix",
  "nationalPrefixForParsing",
  "nationalPrefixTransformRule",
  "IDDPrefix",
  "hasTypes",
  "type",
] as const;

function isRawPlan(value: unknown): value is RawPlan {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return RAW_PLAN_METHODS.every((name) => typeof record[name] === "function");
}

/** A country's rules, compiled once. Length sets are bitmasks: bit n set = length n is possible. */
export interface CompiledPlan {
  region: string;
  callingCode: string;
  /** Another region shares the calling code (+1, +7, +44…): libphonenumber picks the region per number. */
  shared: boolean;
  general: RegExp;
  types: ReadonlyArray<{ re: RegExp; lengths: number }>;
  lengths: number;
  minLength: number;
  maxLength: number;
  /** National prefix for parsing, sticky (may also match carrier codes). */
  prefixForParsing: RegExp | undefined;
  nationalPrefix: string | undefined;
  hasTransformRule: boolean;
  /** International dialling prefix, sticky. */
  idd: RegExp | undefined;
}

/** libphonenumber's MIN_LENGTH_FOR_NSN / MAX_LENGTH_FOR_NSN. */
export const MIN_NSN_LENGTH = 2;
export const MAX_NSN_LENGTH = 17;

// Sticky ("y") expressions match at `lastIndex`, so the fast path tests the national number inside the cleaned
// entry ("+86|13012345678") without slicing a new string per entry.
const whole = (pattern: string) => new RegExp(`(?:${pattern})$`, "y");
const leading = (pattern: string) => new RegExp(`(?:${pattern})`, "y");

/** `re` matched at `offset` of `text` (sticky expressions only). */
export function matchesAt(re: RegExp, text: string, offset: number): boolean {
  re.lastIndex = offset;
  return re.test(text);
}
const lengthMask = (lengths: readonly number[]) => lengths.reduce((mask, n) => mask | (1 << n), 0);

/** Regions per calling code, from the documented part of the metadata JSON. */
export const REGIONS_BY_CALLING_CODE: Readonly<Record<string, readonly string[]>> = maxMetadata.country_calling_codes;

function readPlan(region: string): RawPlan | undefined {
  const metadata = new Metadata(maxMetadata);
  try {
    (metadata as unknown as { selectNumberingPlan(region: string): void }).selectNumberingPlan(region);
  } catch {
    return undefined;
  }
  return isRawPlan(metadata.numberingPlan) ? metadata.numberingPlan : undefined;
}

function compile(region: string, raw: RawPlan): CompiledPlan {
  const callingCode = raw.callingCode();
  const lengths = raw.possibleLengths();
  const types: Array<{ re: RegExp; lengths: number }> = [];
  if (raw.hasTypes()) {
    for (const name of NUMBER_TYPES) {
      const type = raw.type(name);
      const pattern = type?.pattern();
      // An empty pattern means "same as fixed line" in the compressed metadata; it adds nothing here.
      if (type && pattern) types.push({ re: whole(pattern), lengths: lengthMask(type.possibleLengths() ?? lengths) });
    }
  }
  const prefixForParsing = raw.nationalPrefixForParsing();
  const idd = raw.IDDPrefix();
  return {
    region,
    callingCode,
    shared: (REGIONS_BY_CALLING_CODE[callingCode]?.length ?? 0) > 1,
    general: whole(raw.nationalNumberPattern()),
    // With max metadata every region has types; without them libphonenumber validates on the general pattern.
    types: raw.hasTypes() ? types : [{ re: whole(raw.nationalNumberPattern()), lengths: lengthMask(lengths) }],
    lengths: lengthMask(lengths),
    minLength: Math.min(...lengths),
    maxLength: Math.max(...lengths),
    prefixForParsing: prefixForParsing ? leading(prefixForParsing) : undefined,
    nationalPrefix: raw.nationalPrefix(),
    hasTransformRule: Boolean(raw.nationalPrefixTransformRule()),
    idd: idd ? leading(idd) : undefined,
  };
}

const cache = new Map<string, CompiledPlan | null>();

/** The compiled plan of a region ("CN"), or undefined when the region is unknown or its metadata unreadable. */
export function planForRegion(region: string): CompiledPlan | undefined {
  let plan = cache.get(region);
  if (plan === undefined) {
    const raw = region === "001" ? undefined : readPlan(region);
    plan = raw ? compile(region, raw) : null;
    cache.set(region, plan);
  }
  return plan ?? undefined;
}

/** The plan for an international number's calling code, only when exactly one region uses it. */
export function planForCallingCode(callingCode: string): CompiledPlan | undefined {
  const regions = REGIONS_BY_CALLING_CODE[callingCode];
  const region = regions?.length === 1 ? regions[0] : undefined;
  return region === undefined ? undefined : planForRegion(region);
}

/**
 * Calling codes by numeric value. E.164 codes are prefix-free and never start with 0, so the value read digit by
 * digit identifies the code without building a string.
 */
const KNOWN_CODES = new Uint8Array(1000);
for (const code of Object.keys(REGIONS_BY_CALLING_CODE)) KNOWN_CODES[Number(code)] = 1;
/** Compiled plans by code value: undefined = not looked up yet, null = none usable (shared, non-geographic). */
const plansByCode: Array<CompiledPlan | null | undefined> = new Array(1000).fill(undefined);

/** True when `value` (1–999) is a calling code. */
export function isCallingCode(value: number): boolean {
  return KNOWN_CODES[value] === 1;
}

/** The single-region plan for a numeric calling code, or undefined (unknown, shared or unreadable). */
export function planForCallingCodeValue(value: number): CompiledPlan | undefined {
  let plan = plansByCode[value];
  if (plan === undefined) {
    plan = planForCallingCode(String(value)) ?? null;
    plansByCode[value] = plan;
  }
  return plan ?? undefined;
}

/**
 * libphonenumber's validity rule for the national number `text[offset…]`: the general pattern, then any type
 * whose possible lengths include this length.
 */
export function isValidNationalNumber(plan: CompiledPlan, text: string, offset = 0): boolean {
  const length = text.length - offset;
  // libphonenumber refuses national numbers over 17 digits; the guard also keeps the bit shift below in range.
  if (length > MAX_NSN_LENGTH) return false;
  const bit = 1 << length;
  // Same boolean as libphonenumber's "general pattern, then types", with the cheap mobile test first.
  for (const type of plan.types) {
    if (type.lengths & bit && matchesAt(type.re, text, offset)) return matchesAt(plan.general, text, offset);
  }
  return false;
}
