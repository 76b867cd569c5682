import { describe, expect, it } from "vitest";
import { countLines, forEachCellEntry, forEachTextEntry } from "./split";

function entries(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  forEachTextEntry(text, (t, s, e, line) => out.push([line, t.slice(s, e)]));
  return out;
}

describe("forEachTextEntry", () => {
  it("keeps a number with inner spaces whole when it is alone on a line", () => {
    expect(entries("+86 130 1234 5678\n0755 8601 3388\n(021) 6123 4567")).toEqual([
      [1, "+86 130 1234 5678"],
      [2, "0755 8601 3388"],
      [3, "(021) 6123 4567"],
    ]);
  });

  it("splits on whitespace only when every piece is a whole number", () => {
    expect(entries("13012345678 13912345678\n13012345678  +86 139 1234 5678")).toEqual([
      [1, "13012345678"],
      [1, "13912345678"],
      [2, "13012345678  +86 139 1234 5678"],
    ]);
  });

  it("splits on commas, semicolons, tabs, bars and their full-width forms", () => {
    expect(entries("1,2;3\t4|5，6；7、8").map(([, t]) => t)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("numbers lines from 1 across CRLF, LF and lone CR, skipping blank lines and fields", () => {
    expect(entries("a\r\n\r\nb,,c\rd\n")).toEqual([
      [1, "a"],
      [3, "b"],
      [3, "c"],
      [4, "d"],
    ]);
  });

  it("trims BOM, spaces and zero-width characters around fields", () => {
    expect(entries("\uFEFF 13012345678 \u200B, \u3000139")).toEqual([
      [1, "13012345678"],
      [1, "139"],
    ]);
  });

  it("keeps a field with a word in it as one entry", () => {
    expect(entries("Zhang San 13012345678")).toEqual([[1, "Zhang San 13012345678"]]);
  });

  it("counts lines like a text editor, without a phantom line after the last newline", () => {
    expect([countLines(""), countLines("a"), countLines("a\n"), countLines("a\nb"), countLines("\n\n")]).toEqual([
      0, 1, 1, 2, 2,
    ]);
    expect(forEachTextEntry("a\r\nb\r\n", () => {})).toBe(2);
  });
});

describe("forEachCellEntry", () => {
  it("gives every entry of a cell the cell's row, including entries on the cell's own lines", () => {
    const out: Array<[number, string]> = [];
    forEachCellEntry(["13012345678", "", "139,138\n137"], [2, 3, 7], (t, s, e, row) => out.push([row, t.slice(s, e)]));
    expect(out).toEqual([
      [2, "13012345678"],
      [7, "139"],
      [7, "138"],
      [7, "137"],
    ]);
  });
});
