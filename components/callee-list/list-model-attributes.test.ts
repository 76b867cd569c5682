import { describe, expect, it } from "vitest";
import { toWireResult } from "@/lib/callees/worker/protocol";
import { attributesValueOf, checkedFromPrefill, checkedFromResult, withCallees } from "./list-model";

const base = {
  numbers: ["+8613800000001", "+8613800000002"],
  valid: 2,
  duplicates: 0,
  duplicateLines: new Uint32Array(),
  rejected: [],
  rejectedTotal: 0,
  tooMany: false,
  max: 10,
  totalLines: 2,
};

describe("per-callee data in the list input's model", () => {
  it("pairs the worker's aligned data with the numbers, keeping only callees that have some", () => {
    expect(withCallees(base.numbers, [null, { uui: "u" }])).toEqual([{ callee: "+8613800000002", uui: "u" }]);
    const list = checkedFromResult("file", toWireResult({ ...base, attributes: [{ uui: "a" }, null] }), 10);
    expect(list.attributes).toEqual([{ callee: "+8613800000001", uui: "a" }]);
    expect(attributesValueOf(list)).toEqual(list.attributes);
    expect(checkedFromResult("paste", toWireResult(base), 10).attributes).toEqual([]);
  });

  it("keeps a prefilled list's data, and hands none over with a list too large to send", () => {
    const data = [{ callee: "+8613800000001", variables: [{ key: "k", value: "v" }] }];
    expect(attributesValueOf(checkedFromPrefill(base.numbers, 10, data))).toEqual(data);
    const tooLarge = checkedFromResult(
      "file",
      { ...toWireResult({ ...base, attributes: [{ uui: "a" }, null] }), jsonBytes: 1e9 },
      10,
    );
    expect(tooLarge.tooLarge).toBe(true);
    expect(attributesValueOf(tooLarge)).toEqual([]);
    expect(attributesValueOf(undefined)).toEqual([]);
  });
});
