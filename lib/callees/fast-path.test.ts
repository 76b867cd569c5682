/**
 * The fast path must agree with libphonenumber (max metadata) whenever it answers: same E.164 number for valid
 * entries, a reject for invalid ones, and the same reject reason. `slowClassify` is the libphonenumber route.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastClassify } from "./fast-path";
import { planForRegion } from "./plans";
import { slowClassify } from "./slow-path";

const CN = planForRegion("CN");
const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

/** Returns the fast answer after checking it against libphonenumber, or undefined when the fast path declined. */
function agree(cleaned: string, region: "CN" | "US" | "GB" = "CN"): string | undefined {
  const fast = fastClassify(cleaned, region === "CN" ? CN : planForRegion(region));
  if (fast !== undefined) expect({ cleaned, fast }).toEqual({ cleaned, fast: slowClassify(cleaned, region) });
  return fast;
}

describe("fast path ≡ libphonenumber", () => {
  it("has compiled CN from the metadata", () => {
    expect(CN?.callingCode).toBe("86");
    expect(CN?.shared).toBe(false);
    expect(CN?.types.length).toBeGreaterThan(2);
  });

  it("decides every generated CN mobile, national and +86, exactly like libphonenumber", () => {
    const mobile = fc.tuple(fc.constantFrom("13", "14", "15", "16", "17", "18", "19"), digitString(9, 9));
    fc.assert(
      fc.property(mobile, fc.boolean(), ([head, tail], international) => {
        const m = head + tail;
        const fast = agree(international ? `+86${m}` : m);
        // Only carrier-code look-alikes may be declined; every other mobile must take the fast path.
        if (!/^1(?:[12]\d|79)/.test(m)) expect(fast).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it("decides landlines with area codes like libphonenumber", () => {
    const landline = fc.tuple(fc.constantFrom("10", "20", "21", "755", "571", "851", "311", "999"), digitString(6, 9));
    fc.assert(
      fc.property(landline, fc.constantFrom("0", "+86", ""), ([area, local], prefix) => {
        agree(prefix + area + local);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on random digit strings, national and international", () => {
    fc.assert(
      fc.property(digitString(1, 20), fc.constantFrom("", "+", "0", "00", "+86", "86"), (digits, prefix) => {
        agree(prefix + digits);
      }),
      { numRuns: 10000 },
    );
  });

  it("agrees for other countries and for regions whose calling code is shared", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("+44", "+49", "+81", "+852", "+1", "+7", "+999", "+800"),
        digitString(4, 13),
        fc.constantFrom("CN" as const, "US" as const, "GB" as const),
        (cc, digits, region) => {
          agree(cc + digits, region);
          agree(digits, region);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("takes the fast path for the common CN forms and declines the ones it cannot prove", () => {
    expect(fastClassify("+8613012345678", CN)).toBe("+8613012345678");
    expect(fastClassify("13012345678", CN)).toBe("+8613012345678");
    expect(fastClassify("075586013388", CN)).toBe("+8675586013388");
    expect(fastClassify("+861012345678", CN)).toBe("+861012345678");
    expect(fastClassify("10012345678", CN)).toBe("invalid_for_region");
    expect(fastClassify("1301234567", CN)).toBe("invalid_for_region");
    expect(fastClassify("+861301234567890", CN)).toBe("too_long");
    // "+86 0755…" (national prefix after the country code), "8613…" (code without "+"): libphonenumber decides.
    expect(fastClassify("+86075586013388", CN)).toBeUndefined();
    expect(fastClassify("8613012345678", CN)).toBeUndefined();
    expect(fastClassify("+12025550123", CN)).toBeUndefined();
    expect(slowClassify("8613012345678", "CN")).toBe("+8613012345678");
  });
});
