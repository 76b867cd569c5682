import { parsePhoneNumber } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { createClassifier, normalizePhoneNumber } from "./normalize-number";

const ok = (e164: string) => ({ ok: true, e164 });
const no = (reason: string) => ({ ok: false, reason });

describe("normalizePhoneNumber", () => {
  it.each([
    ["+8613012345678", "+8613012345678"],
    ["13012345678", "+8613012345678"],
    ["+86 130 1234 5678", "+8613012345678"],
    ["130-1234-5678", "+8613012345678"],
    ["(+86) 130.1234.5678", "+8613012345678"],
    ["0086 130 1234 5678", "+8613012345678"],
    ["８６１３０１２３４５６７８", "+8613012345678"],
    ["＋８６ １３０ １２３４ ５６７８", "+8613012345678"],
    ['"13012345678"', "+8613012345678"],
    ["\uFEFF13012345678", "+8613012345678"],
    ["010-12345678", "+861012345678"],
    ["(0755) 8601 3388", "+8675586013388"],
    ["+86 0755 8601 3388", "+8675586013388"],
    ["400-123-4567", "+864001234567"],
    ["+1 (202) 555-0143", "+12025550143"],
    ["00 44 20 7946 0958", "+442079460958"],
  ])("%j → %s", (input, e164) => {
    expect(normalizePhoneNumber(input)).toEqual(ok(e164));
  });

  it.each([
    ["", "empty"],
    ["-", "empty"],
    ["N/A", "not_a_number"],
    ["12345", "too_short"],
    ["1234567890123456789", "too_long"],
    ["+999 1234 5678", "invalid_country"],
    ["10012345678", "invalid_for_region"],
    ["+8610012345678", "invalid_number"],
    ["+86 1301 2345 6789 0", "too_long"],
  ])("%j is rejected as %s", (input, reason) => {
    expect(normalizePhoneNumber(input)).toEqual(no(reason));
  });

  it("reads national numbers with the default region", () => {
    expect(normalizePhoneNumber("(202) 555-0143", "US")).toEqual(ok("+12025550143"));
    expect(normalizePhoneNumber("020 7946 0958", "GB")).toEqual(ok("+442079460958"));
    // "1" is the US national prefix: libphonenumber reads this CN mobile as 1-301-234-5678, and so do we.
    expect(normalizePhoneNumber("13012345678", "US")).toEqual(ok("+13012345678"));
    expect(normalizePhoneNumber("0755 8601 3388", "US")).toEqual(no("too_long"));
  });

  it("refuses an unknown region instead of rejecting every national number", () => {
    expect(() => normalizePhoneNumber("13012345678", "XX")).toThrow(RangeError);
  });

  it("is stricter than libphonenumber where it matters, as documented", () => {
    // libphonenumber extracts digits around letters and drops extensions; a dialer should not guess.
    expect(parsePhoneNumber("tel 13012345678", "CN").isValid()).toBe(true);
    expect(normalizePhoneNumber("tel 13012345678")).toEqual(no("not_a_number"));
    expect(parsePhoneNumber("13012345678 ext. 12", "CN").number).toBe("+8613012345678");
    expect(normalizePhoneNumber("13012345678 ext. 12")).toEqual(no("not_a_number"));
  });

  it("treats a leading 00 as the international prefix even where libphonenumber does not (US dials 011)", () => {
    expect(() => parsePhoneNumber("0044 20 7946 0958", "US").number).not.toThrow();
    expect(parsePhoneNumber("0044 20 7946 0958", "US").isValid()).toBe(false);
    expect(normalizePhoneNumber("0044 20 7946 0958", "US")).toEqual(ok("+442079460958"));
  });

  it("gives the libphonenumber-only classifier the same answers as the fast one", () => {
    const fast = createClassifier("CN");
    const slow = createClassifier("CN", false);
    for (const cleaned of ["+8613012345678", "13012345678", "075586013388", "10012345678", "0200000", "+999123"]) {
      expect(fast(cleaned)).toBe(slow(cleaned));
    }
  });
});
