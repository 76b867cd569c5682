import { describe, expect, it } from "vitest";
import { normalizeCalleesOnServer } from "./server";
import { estimateCccCalleesBytes, estimateWireBytes, toWire } from "./wire";

const numbers = ["+8613012345678", "+861012345678", "+12025550143"];

describe("wire form", () => {
  it("estimates exactly the bytes of the JSON-encoded wire string and CCC Callees array", () => {
    const wire = toWire(numbers);
    expect(wire).toBe("+8613012345678\n+861012345678\n+12025550143");
    const json = JSON.stringify(wire);
    expect(estimateWireBytes(numbers)).toBe(new TextEncoder().encode(json).length);
    expect(estimateWireBytes(wire)).toBe(new TextEncoder().encode(json).length);
    expect(estimateCccCalleesBytes(numbers)).toBe(JSON.stringify(numbers).length);
    expect(estimateWireBytes([])).toBe(2);
  });

  it("counts multi-byte and escaped characters in arbitrary strings", () => {
    const text = '电话 "x"\t😀\u0001';
    expect(estimateWireBytes(text)).toBe(new TextEncoder().encode(JSON.stringify(text)).length);
  });

  it("is ~1.6 MB for 100,000 CN mobiles", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `+86130${String(i).padStart(8, "0")}`);
    expect(estimateWireBytes(many)).toBe(100_000 * 14 + 99_999 * 2 + 2);
  });
});

describe("normalizeCalleesOnServer", () => {
  it("re-normalizes and dedupes the wire form", () => {
    expect(normalizeCalleesOnServer("+8613012345678\n13012345678\n010-12345678")).toEqual({
      ok: true,
      numbers: ["+8613012345678", "+861012345678"],
      duplicates: 1,
    });
  });

  it("refuses tampered entries, lists over the maximum and oversized wires", () => {
    expect(normalizeCalleesOnServer("+8613012345678\n+8610012345678")).toEqual({
      ok: false,
      code: "invalid_entries",
      rejected: [{ line: 2, text: "+8610012345678", reason: "invalid_number" }],
      rejectedTotal: 1,
    });
    expect(normalizeCalleesOnServer("+8613012345678\n+8613912345678", { max: 1, maxWireChars: 100 })).toEqual({
      ok: false,
      code: "too_many",
      count: 2,
      max: 1,
    });
    expect(normalizeCalleesOnServer("1".repeat(100), { max: 2 })).toEqual({
      ok: false,
      code: "wire_too_large",
      maxWireChars: 48,
    });
  });

  it("uses the server's own region", () => {
    expect(normalizeCalleesOnServer("(202) 555-0143", { defaultRegion: "US" })).toMatchObject({
      ok: true,
      numbers: ["+12025550143"],
    });
  });
});
