/**
 * The fallback: libphonenumber-js with max metadata (see plans.ts for why max), for whatever the fast path
 * cannot prove. Reasons for invalid numbers come from the same `lengthReason` as the fast path's, so an entry
 * gets the same reason whichever path decided it.
 */
import { type CountryCode, ParseError, parsePhoneNumberWithError } from "libphonenumber-js/max";
import { lengthReason } from "./fast-path";
import { planForCallingCode, planForRegion } from "./plans";
import type { RejectReason } from "./types";

const PARSE_ERRORS: Readonly<Record<string, RejectReason>> = {
  INVALID_COUNTRY: "invalid_country",
  NOT_A_NUMBER: "not_a_number",
  TOO_SHORT: "too_short",
  TOO_LONG: "too_long",
  INVALID_LENGTH: "invalid_length",
};

/** The E.164 number or a reject reason for a cleaned entry ("+digits" or "digits"). Never throws. */
export function slowClassify(cleaned: string, region: CountryCode): string {
  try {
    const parsed = parsePhoneNumberWithError(cleaned, region);
    if (parsed.isValid()) return parsed.number;
    const plan = parsed.country ? planForRegion(parsed.country) : planForCallingCode(parsed.countryCallingCode);
    return lengthReason(plan, parsed.nationalNumber.length, cleaned.charCodeAt(0) !== 43);
  } catch (error) {
    if (error instanceof ParseError) return PARSE_ERRORS[error.message] ?? "not_a_number";
    // libphonenumber throws only ParseError for bad input; anything else still must not break a 100k-line import.
    return "not_a_number";
  }
}
