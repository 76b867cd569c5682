/** What can be wrong with an uploaded file. Codes only; the UI maps them to messages. */
export type FileErrorCode =
  /** 0 bytes, or no rows at all. */
  | "empty_file"
  /** Over `maxBytes`. */
  | "file_too_large"
  /** An image, PDF, archive or other binary file, e.g. a PNG renamed .csv (`detail` names the kind). */
  | "binary_file"
  /** An OLE2 container: a legacy .xls, or a password-protected .xlsx. */
  | "legacy_xls"
  /** A zip without a workbook (a .docx, a plain .zip). */
  | "not_a_spreadsheet"
  /** A corrupt or truncated zip, or sizes that do not add up. */
  | "invalid_zip"
  /** Encrypted zip entries or a compression method other than stored/deflate. */
  | "unsupported_zip"
  /** Would expand past `maxUncompressedBytes` (a zip bomb, or simply too much data). */
  | "expands_too_large"
  | "too_many_entries"
  /** More rows than `maxRows`. */
  | "too_many_rows"
  /** A zip with a workbook whose XML cannot be read. */
  | "invalid_spreadsheet"
  /** Text that is neither UTF-8, UTF-16 with a BOM, nor GB18030. */
  | "not_text"
  | "sheet_not_found"
  | "column_not_found";

export interface FileError {
  code: FileErrorCode;
  /** Technical detail for logs (never shown as is). */
  detail?: string;
}

/** Results instead of exceptions, so a worker can post them as they are. */
export type FileResult<T> = { ok: true; value: T } | { ok: false; error: FileError };

export const fail = (code: FileErrorCode, detail?: string): { ok: false; error: FileError } => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** Limits on uploaded files; all configurable. */
export interface FileLimits {
  /** Largest accepted file. */
  maxBytes: number;
  /** Largest total size the xlsx parts may expand to. */
  maxUncompressedBytes: number;
  /** Most rows (over all sheets of an xlsx). Excel's own limit is 1,048,576 per sheet. */
  maxRows: number;
  /** Most entries in an xlsx zip (a workbook has a dozen or so). */
  maxZipEntries: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 1_048_576,
  maxZipEntries: 10_000,
};

export interface LoadedSheet {
  name: string;
  /** Cell texts; row i is spreadsheet row i + 1. */
  rows: string[][];
}

/** A parsed file, kept (e.g. in the worker) while the user picks a sheet and a column. */
export interface LoadedTable {
  format: "csv" | "xlsx";
  sheets: LoadedSheet[];
  /** CSV only: the text encoding and the detected delimiter. */
  encoding?: string;
  delimiter?: string;
}

/** Which sheet (0-based index or name; default the first) and whether row 1 is a header (default: detected). */
export interface SheetChoice {
  sheet?: number | string;
  hasHeader?: boolean;
}

export interface ColumnInfo {
  /** 0-based column index. */
  index: number;
  header?: string;
  /** First few non-empty values below the header. */
  sample: string[];
  /** Share (0–1) of the first non-empty values that look like phone numbers. */
  phoneShare: number;
}

export interface SheetDescription {
  format: "csv" | "xlsx";
  /** Sheet names (CSV: one, named "CSV"). */
  sheets: string[];
  sheet: string;
  hasHeader: boolean;
  rowCount: number;
  columns: ColumnInfo[];
  /** The column that looks most like phone numbers, if any does. */
  suggestedColumn: number | undefined;
}
