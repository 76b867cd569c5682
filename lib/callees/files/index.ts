/**
 * Reading callee lists from files: CSV/TSV (any common delimiter and encoding) and .xlsx. Browser-safe (no DOM,
 * no Node APIs), for a Web Worker: `loadSpreadsheet` once, then `describeSheet`/`columnValues` as the user picks a
 * sheet and a column, then `normalizeCallees(column)`. Every failure is a typed `FileError`, never an exception.
 */

import type { CellColumn } from "../types";
import { parseCsv } from "./csv";
import { sniff } from "./sniff";
import { columnValues, describeSheet } from "./table";
import {
  DEFAULT_FILE_LIMITS,
  type FileLimits,
  type FileResult,
  fail,
  type LoadedTable,
  type SheetChoice,
  type SheetDescription,
} from "./types";
import { parseXlsx } from "./xlsx";

export { columnValues, describeSheet, looksLikePhone } from "./table";
export {
  type ColumnInfo,
  DEFAULT_FILE_LIMITS,
  type FileError,
  type FileErrorCode,
  type FileLimits,
  type FileResult,
  type LoadedSheet,
  type LoadedTable,
  type SheetChoice,
  type SheetDescription,
} from "./types";

export interface LoadOptions {
  limits?: Partial<FileLimits>;
}

function toBuffer(input: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (input instanceof ArrayBuffer) return input;
  return input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer;
}

/** Parses a CSV or .xlsx file, recognized by its bytes (not its name), within the limits. */
export async function loadSpreadsheet(
  input: ArrayBuffer | Uint8Array,
  options: LoadOptions = {},
): Promise<FileResult<LoadedTable>> {
  const limits = { ...DEFAULT_FILE_LIMITS, ...options.limits };
  try {
    const buffer = toBuffer(input);
    const bytes = new Uint8Array(buffer);
    if (bytes.length === 0) return fail("empty_file");
    if (bytes.length > limits.maxBytes) return fail("file_too_large", `${bytes.length} bytes`);
    const kind = sniff(bytes);
    switch (kind.kind) {
      case "zip":
        return await parseXlsx(buffer, limits);
      case "ole2":
        return fail("legacy_xls");
      case "binary":
        return fail("binary_file", kind.what);
      default:
        return parseCsv(bytes, limits);
    }
  } catch (error) {
    // The checks above should leave nothing to throw; a library bug still must not break the page.
    return fail("invalid_spreadsheet", error instanceof Error ? error.name : "unknown");
  }
}

/** Loads a file and describes one sheet: sheet names, columns with header and samples, suggested column. */
export async function inspectCalleeFile(
  input: ArrayBuffer | Uint8Array,
  options: LoadOptions & SheetChoice = {},
): Promise<FileResult<SheetDescription>> {
  const loaded = await loadSpreadsheet(input, options);
  return loaded.ok ? describeSheet(loaded.value, options) : loaded;
}

/** Loads a file and returns one column's cells with their row numbers, ready for `normalizeCallees`. */
export async function readCalleeColumn(
  input: ArrayBuffer | Uint8Array,
  options: LoadOptions & SheetChoice & { column: number },
): Promise<FileResult<CellColumn>> {
  const loaded = await loadSpreadsheet(input, options);
  return loaded.ok ? columnValues(loaded.value, options) : loaded;
}
