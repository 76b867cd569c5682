/** Hostile and broken files must end in a typed error code, quickly, never in a crash, a hang or a huge allocation. */
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadSpreadsheet } from "./index";
import { buildXlsx, xlsxParts, zipParts } from "./testing/build-xlsx";
import { CD, patchCentralEntry } from "./testing/zip-tamper";

const code = async (input: ArrayBuffer | Uint8Array, limits = {}) => {
  const result = await loadSpreadsheet(input, { limits });
  return result.ok ? "ok" : result.error.code;
};
const small = buildXlsx([{ name: "S", rows: [["Phone"], ["13012345678"]] }]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe("defensive file handling", () => {
  it("accepts the well-formed control file", async () => {
    expect(await code(small)).toBe("ok");
  });

  it("refuses empty and blank files", async () => {
    expect(await code(new Uint8Array(0))).toBe("empty_file");
    expect(await code(new TextEncoder().encode(" \r\n\n"))).toBe("empty_file");
    expect(await code(zipSync({}))).toBe("empty_file");
  });

  it("refuses files over the size limit before reading them", async () => {
    expect(await code(new Uint8Array(2048).fill(0x31), { maxBytes: 1024 })).toBe("file_too_large");
  });

  it("recognizes renamed binaries by their bytes", async () => {
    expect(await loadSpreadsheet(PNG)).toEqual({ ok: false, error: { code: "binary_file", detail: "png" } });
    expect(await code(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe("binary_file");
    expect(await code(new Uint8Array([0x31, 0x33, 0x30, 0x00, 0x31, 0x0a]))).toBe("binary_file");
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await code(noise)).toBe("binary_file");
  });

  it("falls back from UTF-8 to GB18030 and refuses bytes that are neither", async () => {
    expect(await code(new Uint8Array([0x31, 0x33, 0x30, 0xff, 0x0a]))).toBe("not_text");
    expect(await code(new Uint8Array([0xb5, 0xe7, 0xbb, 0xb0, 0x0a, 0x31]))).toBe("ok");
  });

  it("reads a view into a larger buffer (a Node Buffer slice) from its own offset", async () => {
    const bytes = new Uint8Array(small);
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    expect(await code(padded.subarray(8, 8 + bytes.length))).toBe("ok");
  });

  it("refuses legacy .xls and encrypted workbooks (OLE2 containers)", async () => {
    expect(await code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("legacy_xls");
  });

  it("refuses a zip that is not a workbook, a truncated zip and a corrupt workbook", async () => {
    expect(await code(zipParts({ "word/document.xml": "<w/>" }))).toBe("not_a_spreadsheet");
    expect(await code(small.slice(0, small.byteLength - 30))).toBe("invalid_zip");
    expect(await code(small.slice(0, 200))).toBe("invalid_zip");
    const parts = xlsxParts([{ name: "S", rows: [["1"]] }]);
    expect(await code(zipParts({ ...parts, "xl/workbook.xml": "<workbook><sheets><sheet" }))).toBe(
      "invalid_spreadsheet",
    );
  });

  it("refuses encrypted entries and unknown compression methods", async () => {
    const encrypted = patchCentralEntry(small, "xl/workbook.xml", (v, p) => v.setUint16(p + CD.flags, 1, true));
    expect(await code(encrypted)).toBe("unsupported_zip");
    const bzip2 = patchCentralEntry(small, "xl/workbook.xml", (v, p) => v.setUint16(p + CD.method, 12, true));
    expect(await code(bzip2)).toBe("unsupported_zip");
  });

  it("refuses a zip bomb by the sizes its central directory declares, before inflating", async () => {
    const declared = patchCentralEntry(small, "xl/worksheets/sheet1.xml", (v, p) =>
      v.setUint32(p + CD.size, 0xfffffff0, true),
    );
    expect(await code(declared)).toBe("expands_too_large");
    // An honest bomb: 30 MB of zeros in ~30 KB, against a 10 MB cap.
    const zeros = new Uint8Array(30 * 1024 * 1024);
    const honest = zipParts({ ...xlsxParts([{ name: "S", rows: [["1"]] }]), "xl/media/zeros.xml": zeros });
    expect(honest.byteLength).toBeLessThan(100_000);
    expect(await code(honest, { maxUncompressedBytes: 10 * 1024 * 1024 })).toBe("expands_too_large");
  });

  it("stops inflating an entry that produces more than it declares", async () => {
    const zeros = new Uint8Array(30 * 1024 * 1024);
    const bomb = zipParts({ ...xlsxParts([{ name: "S", rows: [["1"]] }]), "xl/worksheets/sheet1.xml": zeros });
    const lying = patchCentralEntry(bomb, "xl/worksheets/sheet1.xml", (v, p) => v.setUint32(p + CD.size, 1000, true));
    expect(await code(lying)).toBe("invalid_zip");
  });

  it("caps entries and rows", async () => {
    expect(await code(small, { maxZipEntries: 3 })).toBe("too_many_entries");
    const rows = Array.from({ length: 30 }, (_, i) => [`1301234${String(i).padStart(4, "0")}`]);
    expect(await code(buildXlsx([{ name: "S", rows }]), { maxRows: 29 })).toBe("too_many_rows");
    expect(await code(buildXlsx([{ name: "S", rows }]), { maxRows: 30 })).toBe("ok");
    const csv = new TextEncoder().encode(rows.map((r) => r[0]).join("\n"));
    expect(await code(csv, { maxRows: 29 })).toBe("too_many_rows");
    expect(await code(csv, { maxRows: 30 })).toBe("ok");
  });
});
