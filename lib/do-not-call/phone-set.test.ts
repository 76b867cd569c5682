import { describe, expect, it } from "vitest";
import { PhoneSet, phoneKey, suppressWith } from "./phone-set";

describe("phoneKey", () => {
  it("maps E.164 to its digits and refuses anything else", () => {
    expect(phoneKey("+8613800000001")).toBe(8613800000001);
    expect(phoneKey("+999999999999999")).toBe(999999999999999);
    expect(phoneKey("8613800000001")).toBeNaN();
    expect(phoneKey("+0123")).toBeNaN();
    expect(phoneKey("+86 138")).toBeNaN();
    expect(phoneKey("+1234567890123456")).toBeNaN();
  });
});

describe("PhoneSet", () => {
  it("finds exactly the listed numbers, whatever their order", () => {
    const listed = ["+8613800000003", "+12025550123", "+8613800000001", "+447700900123"];
    const set = PhoneSet.from(listed);
    expect(set.size).toBe(4);
    for (const phone of listed) expect(set.has(phone)).toBe(true);
    for (const phone of ["+8613800000002", "+12025550124", "+1", "", "+8613800000001 "]) {
      expect(set.has(phone)).toBe(false);
    }
    expect(PhoneSet.from([]).has("+8613800000001")).toBe(false);
  });

  it("agrees with a Set of strings on 50,000 random lookups", () => {
    let state = 7;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return `+861${3 + (state % 7)}${String(state % 1_000_000_000).padStart(9, "0")}`;
    };
    const listed = Array.from({ length: 20_000 }, next);
    const set = PhoneSet.from(listed);
    const reference = new Set(listed);
    const probes = [...listed.slice(0, 25_000), ...Array.from({ length: 30_000 }, next)];
    const mismatches = probes.filter((phone) => set.has(phone) !== reference.has(phone));
    expect(mismatches).toEqual([]);
  });
});

describe("suppressWith", () => {
  it("keeps order and reports each suppressed number with its index", () => {
    const set = PhoneSet.from(["+8613800000002", "+8613800000004"]);
    const result = suppressWith(set, ["+8613800000001", "+8613800000002", "+8613800000003", "+8613800000004"]);
    expect(result).toEqual({
      kept: ["+8613800000001", "+8613800000003"],
      suppressed: [
        { phone: "+8613800000002", index: 1 },
        { phone: "+8613800000004", index: 3 },
      ],
    });
  });
});
