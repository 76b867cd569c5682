import { describe, expect, it } from "vitest";
import { normalizeCallees } from "../pipeline";
import { inspectCalleeFile, loadSpreadsheet, readCalleeColumn } from "./index";
import { buildXlsx } from "./testing/build-xlsx";
import { cellText } from "./xlsx";

const workbook = buildXlsx([
  { name: "Notes", rows: [["just a note"]] },
  {
    name: "Callees 名单",
    rows: [
      { row: 2, cells: ["Name", "Phone", "Landline"] },
      ["Zhang", 13012345678, "0755-86013388"],
      { row: 6, cells: ["Li", "+86 139 1234 5678", null] },
      ["Wang", "bad", "010 1234 5678"],
    ],
  },
]);

describe(".xlsx files", () => {
  it("lists the sheets and describes the first one by default", async () => {
    const described = await inspectCalleeFile(workbook);
    expect(described.ok && described.value).toMatchObject({
      format: "xlsx",
      sheets: ["Notes", "Callees 名单"],
      sheet: "Notes",
      hasHeader: false,
      suggestedColumn: undefined,
    });
  });

  it("describes a chosen sheet: header row after blank rows, samples, suggested column", async () => {
    const byName = await inspectCalleeFile(workbook, { sheet: "Callees 名单" });
    const byIndex = await inspectCalleeFile(workbook, { sheet: 1 });
    expect(byIndex).toEqual(byName);
    expect(byName.ok && byName.value).toMatchObject({
      hasHeader: true,
      rowCount: 7,
      columns: [
        { index: 0, header: "Name", sample: ["Zhang", "Li", "Wang"], phoneShare: 0 },
        { index: 1, header: "Phone", sample: ["13012345678", "+86 139 1234 5678", "bad"], phoneShare: 2 / 3 },
        { index: 2, header: "Landline", sample: ["0755-86013388", "010 1234 5678"], phoneShare: 1 },
      ],
      suggestedColumn: 2,
    });
  });

  it("reads a column with spreadsheet row numbers, numbers stored as numbers included", async () => {
    const column = await readCalleeColumn(workbook, { sheet: "Callees 名单", column: 1 });
    if (!column.ok) throw new Error(column.error.code);
    expect(column.value.values).toEqual(["13012345678", "+86 139 1234 5678", "bad"]);
    expect(Array.from(column.value.rows)).toEqual([3, 6, 7]);
    const result = normalizeCallees(column.value);
    expect(result.numbers).toEqual(["+8613012345678", "+8613912345678"]);
    expect(result.rejected).toEqual([{ line: 7, text: "bad", reason: "not_a_number" }]);
  });

  it("expands exact integers written in scientific notation and leaves other cells alone", () => {
    expect(cellText("1.3012345678E10")).toBe("13012345678");
    expect(cellText("1.3E25")).toBe("1.3E25");
    expect(cellText(null)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(2026, 0, 2)))).toBe("2026-01-02T00:00:00.000Z");
  });

  it("keeps every sheet's rows", async () => {
    const loaded = await loadSpreadsheet(workbook);
    expect(loaded.ok && loaded.value.sheets.map((s) => s.rows.length)).toEqual([1, 7]);
  });
});
