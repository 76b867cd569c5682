import { describe, expect, it } from "vitest";
import { normalizeCallees } from "../pipeline";
import { inspectCalleeFile, loadSpreadsheet, readCalleeColumn } from "./index";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("CSV files", () => {
  it("detects the header, the delimiter and the phone column, and keeps row numbers", async () => {
    const file = utf8(
      "\uFEFFname;mobile;city\nZhang;130 1234 5678;Shenzhen\n;;\nLi;N/A;Beijing\nWang;+86 139-1234-5678;X\n",
    );
    const described = await inspectCalleeFile(file);
    expect(described).toEqual({
      ok: true,
      value: {
        format: "csv",
        sheets: ["CSV"],
        sheet: "CSV",
        hasHeader: true,
        rowCount: 5,
        columns: [
          { index: 0, header: "name", sample: ["Zhang", "Li", "Wang"], phoneShare: 0 },
          { index: 1, header: "mobile", sample: ["130 1234 5678", "N/A", "+86 139-1234-5678"], phoneShare: 2 / 3 },
          { index: 2, header: "city", sample: ["Shenzhen", "Beijing", "X"], phoneShare: 0 },
        ],
        suggestedColumn: 1,
      },
    });
    const column = await readCalleeColumn(file, { column: 1 });
    if (!column.ok) throw new Error(column.error.code);
    expect(column.value.values).toEqual(["130 1234 5678", "N/A", "+86 139-1234-5678"]);
    expect(Array.from(column.value.rows)).toEqual([2, 4, 5]);
    const result = normalizeCallees(column.value);
    expect(result.numbers).toEqual(["+8613012345678", "+8613912345678"]);
    expect(result.rejected).toEqual([{ line: 4, text: "N/A", reason: "not_a_number" }]);
  });

  it("reads quoted fields with commas, quotes and line breaks", async () => {
    const loaded = await loadSpreadsheet(utf8('phone,note\n"13012345678","a, ""b"""\n"13912345678","line\nbreak"\n'));
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.delimiter).toBe(",");
    expect(loaded.value.sheets[0]?.rows).toEqual([
      ["phone", "note"],
      ["13012345678", 'a, "b"'],
      ["13912345678", "line\nbreak"],
    ]);
  });

  it("reads a one-column list without a header", async () => {
    const described = await inspectCalleeFile(utf8("13012345678\r\n13912345678\r\n"));
    expect(described.ok && described.value).toMatchObject({ hasHeader: false, rowCount: 2, suggestedColumn: 0 });
  });

  it("lets the caller override header detection", async () => {
    const column = await readCalleeColumn(utf8("13012345678\n13912345678\n"), { column: 0, hasHeader: true });
    expect(column.ok && column.value.values).toEqual(["13912345678"]);
  });

  it("decodes UTF-16 exports (Excel's 'Unicode text') and GB18030 (Excel's CSV on Chinese Windows)", async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."电话\t备注\n13012345678\tx\n"].flatMap((ch) => {
        const c = ch.charCodeAt(0);
        return [c & 0xff, c >> 8];
      }),
    ]);
    const a = await inspectCalleeFile(utf16);
    expect(a.ok && a.value.columns.map((c) => c.header)).toEqual(["电话", "备注"]);
    const gbk = new Uint8Array([0xb5, 0xe7, 0xbb, 0xb0, 0xba, 0xc5, 0xc2, 0xeb, ...utf8("\n13012345678\n")]);
    const loaded = await loadSpreadsheet(gbk);
    expect(loaded.ok && loaded.value.encoding).toBe("gb18030");
    expect(loaded.ok && loaded.value.sheets[0]?.rows[0]).toEqual(["电话号码"]);
  });

  it("refuses a column or sheet that is not there", async () => {
    expect(await readCalleeColumn(utf8("a,b\n1,2\n"), { column: 5 })).toEqual({
      ok: false,
      error: { code: "column_not_found", detail: "5" },
    });
    expect(await inspectCalleeFile(utf8("a\n"), { sheet: 1 })).toMatchObject({
      ok: false,
      error: { code: "sheet_not_found" },
    });
  });
});
