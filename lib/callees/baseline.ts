/**
 * The naive reference: split on "\n", `parsePhoneNumber(line, region)` from libphonenumber-js/max on every line,
 * keep valid numbers, dedupe with a Set. The benchmark times our pipeline against it and both must yield the same
 * numbers in the same order; tests use it as the oracle. Not for production use (~16 µs a line).
 */
import { type CountryCode, parsePhoneNumber } from "libphonenumber-js/max";

export function naiveNormalize(text: string, region: CountryCode = "CN"): string[] {
  const numbers: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split("\n")) {
    try {
      const parsed = parsePhoneNumber(line, region);
      if (parsed.isValid() && !seen.has(parsed.number)) {
        seen.add(parsed.number);
        numbers.push(parsed.number);
      }
    } catch {
      // Rejected line: the naive loop only collects valid numbers.
    }
  }
  return numbers;
}
