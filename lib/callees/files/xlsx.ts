/**
 * .xlsx → rows, with read-excel-file (the format Tencent's console imports callee lists in), after zip-guard has
 * checked the archive. Numbers are kept as the text stored in the file (`parseNumber: s => s`), so a phone
 * number stored as a number is not pushed through a double and back ("1.3012345678E10").
 */
import readXlsxFile from "read-excel-file/universal";
import { type FileLimits, type FileResult, fail, type LoadedTable } from "./types";
import { readZipDirectory, verifyZipEntries } from "./zip-guard";

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** A cell as text. Large integers written in scientific notation are expanded when they are exact. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    if (!SCIENTIFIC.test(value)) return value;
    const n = Number(value);
    return Number.isSafeInteger(n) ? String(n) : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === "string") return code;
  return typeof name === "string" ? name : undefined;
}

export async function parseXlsx(buffer: ArrayBuffer, limits: FileLimits): Promise<FileResult<LoadedTable>> {
  const bytes = new Uint8Array(buffer);
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return directory;
  if (directory.value.length === 0) return fail("empty_file");
  if (!directory.value.some((e) => e.name === "xl/workbook.xml")) return fail("not_a_spreadsheet");
  const verified = verifyZipEntries(bytes, directory.value, limits);
  if (!verified.ok) return verified;
  try {
    const sheets = await readXlsxFile(buffer, { parseNumber: (s: string) => s });
    return {
      ok: true,
      value: {
        format: "xlsx",
        sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })),
      },
    };
  } catch (error) {
    const code = errorCode(error);
    // read-excel-file's InvalidInputError codes: INVALID_ZIP, NO_DATA, FILE_NOT_SUPPORTED, XLS_FILE_NOT_SUPPORTED.
    if (code === "INVALID_ZIP") return fail("invalid_zip", "read-excel-file");
    if (code === "NO_DATA") return fail("empty_file");
    if (code === "XLS_FILE_NOT_SUPPORTED") return fail("legacy_xls");
    return fail("invalid_spreadsheet", code ?? "unreadable workbook");
  }
}
