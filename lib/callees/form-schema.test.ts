import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calleesField, callersField, isCalleeFieldError } from "./form-schema";
import { toWire } from "./wire";
import { calleesWireField } from "./wire-field";

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("calleesField", () => {
  it("accepts unique E.164 numbers up to the maximum", () => {
    expect(calleesField(3).parse(["+8613012345678", "+14155550100", "+442071838750"])).toHaveLength(3);
  });

  it("asks for at least one callee, also when the field is missing", () => {
    expect(messages(calleesField(), [])).toEqual(["calleesRequired"]);
    expect(messages(z.object({ callees: calleesField() }), {})).toEqual(["calleesRequired"]);
  });

  it("refuses more than the maximum with a key the form translates with the maximum", () => {
    expect(messages(calleesField(2), ["+8613012345678", "+8613012345679", "+8613012345670"])).toContain(
      "calleesTooMany",
    );
  });

  it("refuses numbers that are not E.164 and duplicates, with one issue for the field", () => {
    expect(messages(calleesField(), ["+8613012345678", "13012345678", "nope"])).toEqual(["calleeNotE164"]);
    expect(messages(calleesField(), ["+8613012345678", "+8613012345678"])).toEqual(["calleesDuplicate"]);
    expect(messages(calleesField(), ["+0123456"])).toEqual(["calleeNotE164"]);
    expect(messages(calleesField(), ["+1234567890123456"])).toEqual(["calleeNotE164"]);
    const issues = calleesField().safeParse(["x"]).error?.issues ?? [];
    expect(issues[0]?.path).toEqual([]);
  });

  it("checks 100,000 numbers in well under the time of a frame budget", () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => `+86130${String(i).padStart(8, "0")}`);
    const started = performance.now();
    expect(calleesField().safeParse(numbers).success).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("callersField", () => {
  it("accepts numbers as CCC displays them", () => {
    expect(callersField().parse(["008607558601338", "+8675586013380"])).toHaveLength(2);
  });

  it("asks for at least one caller and refuses junk and duplicates", () => {
    expect(messages(callersField(), [])).toEqual(["callersRequired"]);
    expect(messages(callersField(), ["0755-8601"])).toEqual(["callerInvalid"]);
    expect(messages(callersField(), ["008607558601338", "008607558601338"])).toEqual(["callersDuplicate"]);
  });
});

describe("isCalleeFieldError", () => {
  it("knows its own keys only", () => {
    expect(isCalleeFieldError("calleesTooMany")).toBe(true);
    expect(isCalleeFieldError("toString")).toBe(false);
    expect(isCalleeFieldError(undefined)).toBe(false);
  });
});

describe("calleesWireField", () => {
  it("reads the wire form into the same checked list", () => {
    expect(calleesWireField().parse("+8613012345678\n+14155550100")).toEqual(["+8613012345678", "+14155550100"]);
  });

  it("gives the same messages as the array field", () => {
    expect(messages(calleesWireField(), "")).toEqual(["calleesRequired"]);
    expect(messages(calleesWireField(), "+8613012345678\nnot a number")).toEqual(["calleeNotE164"]);
    expect(messages(calleesWireField(1), "+8613012345678\n+14155550100")).toContain("calleesTooMany");
    expect(messages(z.object({ callees: calleesWireField() }), {})).toEqual(["calleesRequired"]);
  });

  it("refuses an oversized string before splitting it", () => {
    expect(messages(calleesWireField(2), "1".repeat(1000))).toEqual(["calleesTooMany"]);
  });

  it("normalizes again on the server: national numbers in the server's region, duplicates dropped", () => {
    expect(calleesWireField().parse("13012345678\n+8613012345678")).toEqual(["+8613012345678"]);
    expect(calleesWireField(10, "US").parse("(202) 555-0143")).toEqual(["+12025550143"]);
    expect(messages(calleesWireField(), "+8613012345678\n+8610012345678")).toEqual(["calleeNotE164"]);
  });

  it("takes 100,000 numbers", () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => `+86130${String(i).padStart(8, "0")}`);
    expect(calleesWireField().parse(toWire(numbers))).toHaveLength(100_000);
  });
});
