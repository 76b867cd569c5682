import { describe, expect, it } from "vitest";
import { cleanNumberText, countDigits } from "./clean";

describe("cleanNumberText", () => {
  it.each([
    ["+8613012345678", "+8613012345678"],
    ["13012345678", "13012345678"],
    ["+86 130 1234 5678", "+8613012345678"],
    ["130-1234-5678", "13012345678"],
    ["130.1234.5678", "13012345678"],
    ["(0755) 8601-3388", "075586013388"],
    ["[021] 6123 4567", "02161234567"],
    ["0755/86013388", "075586013388"],
    ['"13012345678"', "13012345678"],
    ["'13012345678", "13012345678"],
    ["“13012345678”", "13012345678"],
    ["\uFEFF13012345678", "13012345678"],
    ["130\u200B1234\u00A05678", "13012345678"],
    ["１３０１２３４５６７８", "13012345678"],
    ["＋８６ １３０ １２３４ ５６７８", "+8613012345678"],
    ["（０７５５）８６０１－３３８８", "075586013388"],
    ["١٣٠١٢٣٤٥٦٧٨", "13012345678"],
    ["0086 130 1234 5678", "+8613012345678"],
    ["00 44 20 7946 0958", "+442079460958"],
    ["130–1234—5678", "13012345678"],
  ])("%j → %j", (input, expected) => {
    expect(cleanNumberText(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ['""', "empty"],
    ["—", "empty"],
    ["()", "empty"],
    ["+", "not_a_number"],
    ["N/A", "not_a_number"],
    ["1301234abcd", "not_a_number"],
    ["13012345678 ext 12", "not_a_number"],
    ["86+13012345678", "not_a_number"],
    ["++8613012345678", "not_a_number"],
    ["#13012345678", "not_a_number"],
    ["00", "too_short"],
    ["1".repeat(28), "too_long"],
    [`${" ".repeat(60)}13012345678`, "too_long"],
  ])("%j is rejected as %s", (input, reason) => {
    expect(cleanNumberText(input)).toBe(reason);
  });

  it("cleans only the given range", () => {
    expect(cleanNumberText("xx+86 130 1234 5678yy", 2, 19)).toBe("+8613012345678");
  });

  it("counts ASCII and full-width digits", () => {
    expect(countDigits("+86 １３０-1234", 0, 12)).toBe(9);
  });
});
