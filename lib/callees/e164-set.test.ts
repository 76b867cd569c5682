import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { E164Set } from "./e164-set";

describe("E164Set", () => {
  it("answers like a Set<string> through growth, including numbers too long for an exact double", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\+[1-9]\d{0,17}$/), { maxLength: 3000 }),
        fc.integer({ min: 0, max: 5000 }),
        (numbers, expected) => {
          const set = new E164Set(expected);
          const reference = new Set<string>();
          for (const n of numbers) {
            expect(set.add(n)).toBe(!reference.has(n));
            reference.add(n);
          }
          expect(set.size).toBe(reference.size);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("tells apart numbers that differ only past the 15th digit", () => {
    const set = new E164Set();
    expect(set.add("+1234567890123456")).toBe(true);
    expect(set.add("+1234567890123457")).toBe(true);
    expect(set.add("+1234567890123456")).toBe(false);
    expect(set.add("+861301234567")).toBe(true);
    expect(set.add("+86130123456")).toBe(true);
  });
});
