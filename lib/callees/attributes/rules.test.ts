import { describe, expect, it } from "vitest";
import { CALLEE_ATTRIBUTE_LIMITS as L } from "@/lib/campaigns/wire-limits";
import { checkAttributes, isVariableKey } from "./rules";
import { attributesToWire, calleeAttributesWireField } from "./schema";

const CALLEES = ["+8613800138000", "+8613800138001"];

describe("per-callee data rules", () => {
  it("accepts data of listed callees within the limits", () => {
    const ok = [
      { callee: CALLEES[0] as string, uui: "u".repeat(L.uuiMax) },
      {
        callee: CALLEES[1] as string,
        variables: Array.from({ length: L.variablesMax }, (_, i) => ({ key: `k_${i}`, value: "v".repeat(256) })),
      },
    ];
    expect(checkAttributes(ok, CALLEES)).toBeNull();
    expect(checkAttributes([], [])).toBeNull();
  });

  it.each([
    [{ callee: "+8613900000000", uui: "x" }, "attributeCalleeUnknown"],
    [{ callee: CALLEES[0], uui: "u".repeat(L.uuiMax + 1) }, "attributeUuiLong"],
    [{ callee: CALLEES[0] }, "attributeEmpty"],
    [{ callee: CALLEES[0], variables: [{ key: "1st", value: "x" }] }, "attributeKeyInvalid"],
    [
      {
        callee: CALLEES[0],
        variables: [
          { key: "a", value: "x" },
          { key: "a", value: "y" },
        ],
      },
      "attributeKeyInvalid",
    ],
    [
      { callee: CALLEES[0], variables: [{ key: "a", value: "v".repeat(L.variableValueMax + 1) }] },
      "attributeValueLong",
    ],
    [
      {
        callee: CALLEES[0],
        variables: Array.from({ length: L.variablesMax + 1 }, (_, i) => ({ key: `k${i}`, value: "" })),
      },
      "attributeVariablesMany",
    ],
  ])("refuses %j with %s", (attribute, code) => {
    expect(checkAttributes([{ callee: CALLEES[1] as string, uui: "fine" }, attribute as never], CALLEES)).toEqual({
      code,
      index: 1,
    });
  });

  it("refuses a callee given twice", () => {
    const twice = [
      { callee: CALLEES[0] as string, uui: "a" },
      { callee: CALLEES[0] as string, uui: "b" },
    ];
    expect(checkAttributes(twice, CALLEES)).toEqual({ code: "attributeCalleeTwice", index: 1 });
  });

  it("knows a variable name", () => {
    expect(["name", "_x", "Plan_2", "a".repeat(L.variableKeyMax)].every(isVariableKey)).toBe(true);
    expect(["", "2x", "first name", "名字", "a-b", "a".repeat(L.variableKeyMax + 1)].some(isVariableKey)).toBe(false);
  });

  it("travels as one JSON string and parses back, refusing what is not the shape", () => {
    const data = [{ callee: CALLEES[0] as string, uui: "u", variables: [{ key: "k", value: "v" }] }];
    const field = calleeAttributesWireField();
    expect(field.parse(attributesToWire(data))).toEqual(data);
    expect(field.parse(attributesToWire([]))).toEqual([]);
    expect(field.safeParse("{not json").success).toBe(false);
    expect(field.safeParse(JSON.stringify([{ callee: "+86", extra: 1 }])).success).toBe(false);
  });
});
