import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveNormalize } from "./baseline";
import { normalizePhoneNumber } from "./normalize-number";
import { normalizeCallees, transferablesOf } from "./pipeline";

describe("normalizeCallees", () => {
  it("reports rejects and duplicates with their 1-based lines, keeping first occurrences in order", () => {
    const text = ["13912345678", "", "N/A", "+86 139 1234 5678", "010-12345678, 12345", "139-1234-5678"].join("\n");
    const result = normalizeCallees(text);
    expect(result.numbers).toEqual(["+8613912345678", "+861012345678"]);
    expect(result.valid).toBe(2);
    expect(result.duplicates).toBe(2);
    expect([...result.duplicateLines]).toEqual([4, 6]);
    expect(result.rejected).toEqual([
      { line: 3, text: "N/A", reason: "not_a_number" },
      { line: 5, text: "12345", reason: "too_short" },
    ]);
    expect(result.rejectedTotal).toBe(2);
    expect(result.totalLines).toBe(6);
    expect(result.tooMany).toBe(false);
  });

  it("flags lists over the configurable maximum but still returns every number", () => {
    const result = normalizeCallees("13012345678\n13012345679\n13012345670", { max: 2 });
    expect(result).toMatchObject({ valid: 3, tooMany: true, max: 2 });
    expect(normalizeCallees("13012345678\n13012345679", { max: 2 }).tooMany).toBe(false);
  });

  it("caps rejected details and their text, but counts every reject", () => {
    const long = `x${"9".repeat(500)}`;
    const result = normalizeCallees(`${long}\nN/A\nN/A`, { maxRejectedDetails: 2 });
    expect(result.rejectedTotal).toBe(3);
    expect(result.rejected).toHaveLength(2);
    expect(result.rejected[0]?.text).toHaveLength(120);
    expect(result.rejected[0]?.reason).toBe("too_long");
  });

  it("accepts a spreadsheet column with its row numbers", () => {
    const result = normalizeCallees({ values: ["Phone", "13012345678", "bad", "130 1234 5678"], rows: [1, 2, 5, 9] });
    expect(result.numbers).toEqual(["+8613012345678"]);
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [1, "not_a_number"],
      [5, "not_a_number"],
    ]);
    expect([...result.duplicateLines]).toEqual([9]);
    expect(result.totalLines).toBe(4);
    expect([...result.numberLines]).toEqual([2]);
  });

  it("reports progress up to the total and hands the duplicate lines over as a transferable buffer", () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `1301${String(i % 30_000).padStart(7, "0")}`).join("\n");
    const seen: Array<{ done: number; total: number }> = [];
    const result = normalizeCallees(text, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([16_384, 32_768, 40_000]);
    expect(seen.every((p) => p.total === 40_000)).toBe(true);
    expect(result.duplicates).toBe(10_000);
    expect(transferablesOf(result)).toEqual([result.duplicateLines.buffer, result.numberLines.buffer]);
    // Each number's line: the first 30,000 lines are the unique numbers, in order.
    expect([result.numberLines[0], result.numberLines[29_999], result.numberLines.length]).toEqual([1, 30_000, 30_000]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = normalizeCallees(text);
        expect(result.valid + result.duplicates + result.rejectedTotal).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
    const huge = `${"1".repeat(2_000_000)}\n${"+86 ".repeat(300_000)}\n${"，".repeat(100_000)}`;
    const result = normalizeCallees(huge);
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [1, "too_long"],
      [2, "too_long"],
    ]);
    expect(result.totalLines).toBe(3);
  });
});

/** Numbers written the way people write them, in forms where our documented rules and libphonenumber agree. */
const formatted = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.constantFrom("13", "15", "17", "18", "19", "12", "14"), fc.stringMatching(/^\d{9}$/)),
      fc.tuple(fc.constantFrom("010", "021", "0755", "0571", "0999"), fc.stringMatching(/^\d{6,9}$/)),
      fc.tuple(fc.constantFrom("", "8"), fc.stringMatching(/^\d{2,13}$/)),
    ),
    fc.constantFrom("", "+86", "0086", "+86 ", "(+86) ", "+", "+1 ", "+44 "),
    fc.constantFrom("", " ", "-", "."),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([[head, tail], prefix, sep, fullWidth, quoted]) => {
    const groups = tail.match(/\d{1,4}/g) ?? [];
    let text = prefix + [head, ...groups].join(sep);
    if (fullWidth) text = text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    return quoted ? `"${text}"` : text;
  });

describe("normalizeCallees against the naive libphonenumber loop", () => {
  it("yields the same numbers in the same order", () => {
    fc.assert(
      fc.property(fc.array(formatted, { maxLength: 60 }), (lines) => {
        const text = lines.join("\n");
        expect(normalizeCallees(text).numbers).toEqual(naiveNormalize(text));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps first occurrences in input order when deduplicating", () => {
    fc.assert(
      fc.property(fc.array(formatted, { maxLength: 80 }), (lines) => {
        const result = normalizeCallees(lines.join("\n"));
        const firsts: string[] = [];
        for (const line of lines) {
          const outcome = normalizePhoneNumber(line);
          if (outcome.ok && !firsts.includes(outcome.e164)) firsts.push(outcome.e164);
        }
        expect(result.numbers).toEqual(firsts);
        expect(new Set(result.numbers).size).toBe(result.numbers.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: an E.164 output normalizes to itself", () => {
    fc.assert(
      fc.property(formatted, fc.constantFrom("CN", "US", "GB"), (line, region) => {
        const first = normalizePhoneNumber(line, region);
        if (first.ok) expect(normalizePhoneNumber(first.e164, region)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  });
});
