import { describe, expect, it } from "vitest";
import { CALLEE_ATTRIBUTE_LIMITS as L } from "@/lib/campaigns/wire-limits";
import { loadSpreadsheet } from "../files";
import type { LoadedTable } from "../files/types";
import { importWithAttributes } from "./import";

async function table(csv: string): Promise<LoadedTable> {
  const loaded = await loadSpreadsheet(new TextEncoder().encode(csv));
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.value;
}

const MAPPING = [
  { column: 1, target: "uui" },
  { column: 2, target: "variable", key: "name" },
  { column: 3, target: "variable", key: "plan" },
] as const;

describe("importing a file with per-callee data", () => {
  it("attaches each row's data to its number, drops empty cells and keeps the first duplicate's data", async () => {
    const file = await table(
      [
        "phone,order,name,plan",
        "13800138000,A-1,Zhang,gold",
        "+86 138 0013 8001,,Li,",
        "13800138002,,,",
        "13800138000,A-9,Dup,x",
        "not a number,A-3,Wang,silver",
      ].join("\n"),
    );
    const result = importWithAttributes(file, { column: 0, hasHeader: true }, MAPPING);
    if (!result.ok) throw new Error("refused");
    const { numbers, attributes, duplicates, rejected, rejectedTotal } = result.value;
    expect(numbers).toEqual(["+8613800138000", "+8613800138001", "+8613800138002"]);
    expect(attributes).toEqual([
      {
        uui: "A-1",
        variables: [
          { key: "name", value: "Zhang" },
          { key: "plan", value: "gold" },
        ],
      },
      { variables: [{ key: "name", value: "Li" }] },
      null,
    ]);
    expect(duplicates).toBe(1);
    expect(rejectedTotal).toBe(1);
    expect(rejected).toEqual([{ line: 6, text: "not a number", reason: "not_a_number" }]);
  });

  it("rejects rows whose data is over a limit, with the rule, in line order with the number rejects", async () => {
    const longUui = "u".repeat(L.uuiMax + 1);
    const longValue = "v".repeat(L.variableValueMax + 1);
    const file = await table(
      [
        "phone,order,name,plan",
        "12,A,B,C",
        `13800138000,${longUui},Zhang,gold`,
        `13800138001,ok,${longValue},gold`,
        `13800138002,${"u".repeat(L.uuiMax)},Li,gold`,
      ].join("\n"),
    );
    const result = importWithAttributes(file, { column: 0, hasHeader: true }, MAPPING);
    if (!result.ok) throw new Error("refused");
    expect(result.value.numbers).toEqual(["+8613800138002"]);
    expect(result.value.rejected).toEqual([
      { line: 2, text: "12", reason: "too_short" },
      { line: 3, text: "13800138000", reason: "uui_too_long" },
      { line: 4, text: "13800138001", reason: "variable_value_too_long" },
    ]);
    expect(result.value.rejectedTotal).toBe(3);
    expect(result.value.totalLines).toBe(4);
  });

  it("refuses a mapping it cannot send, naming the column", async () => {
    const file = await table("phone,a,b\n13800138000,x,y\n");
    const choice = { column: 0, hasHeader: true };
    expect(
      importWithAttributes(file, choice, [
        { column: 1, target: "uui" },
        { column: 2, target: "uui" },
      ]),
    ).toEqual({ ok: false, mapping: { code: "uuiTwice", column: 2 } });
    expect(importWithAttributes(file, choice, [{ column: 1, target: "variable", key: "first name" }])).toEqual({
      ok: false,
      mapping: { code: "keyInvalid", column: 1 },
    });
    expect(
      importWithAttributes(file, choice, [
        { column: 1, target: "variable", key: "k" },
        { column: 2, target: "variable", key: "k" },
      ]),
    ).toEqual({ ok: false, mapping: { code: "keyTwice", column: 2 } });
    expect(importWithAttributes(file, choice, [{ column: 0, target: "uui" }])).toEqual({
      ok: false,
      mapping: { code: "phoneColumn", column: 0 },
    });
    const many = Array.from({ length: L.variablesMax + 1 }, (_, i) => ({
      column: i + 1,
      target: "variable" as const,
      key: `k${i}`,
    }));
    expect(importWithAttributes(file, choice, many)).toEqual({
      ok: false,
      mapping: { code: "variablesMany", column: L.variablesMax + 1 },
    });
  });
});
