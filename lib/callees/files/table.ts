/**
 * Describing a loaded sheet (columns, samples, header, which column holds the numbers) and reading one column.
 *
 * Header detection: the first non-empty row is a header when none of its cells looks like a phone number while a
 * later row (among the next 50) has one. Whoever knows better passes `hasHeader`.
 */
import { cleanNumberText, isCleanedNumber } from "../clean";
import type { CellColumn } from "../types";
import {
  type ColumnInfo,
  type FileResult,
  fail,
  type LoadedSheet,
  type LoadedTable,
  type SheetChoice,
  type SheetDescription,
} from "./types";

const SAMPLE_SIZE = 5;
const SHARE_CELLS = 200;
const HEADER_LOOKAHEAD = 50;
/** Header names that mark a phone column when two columns look alike. */
const PHONE_HEADER = /phone|mobile|tel|callee|number|手机|电话|号码|被叫/i;

/** At least 5 digits and nothing but phone characters: what a phone cell looks like, valid or not. */
export function looksLikePhone(cell: string): boolean {
  const cleaned = cleanNumberText(cell.trim());
  return isCleanedNumber(cleaned) && cleaned.replace("+", "").length >= 5;
}

function pickSheet(table: LoadedTable, sheet: number | string | undefined): FileResult<LoadedSheet> {
  const found =
    typeof sheet === "string"
      ? table.sheets.find((s) => s.name === sheet)
      : table.sheets[sheet === undefined ? 0 : sheet];
  return found ? { ok: true, value: found } : fail("sheet_not_found", String(sheet));
}

const isEmptyRow = (row: readonly string[]) => row.every((cell) => cell.trim() === "");

function layout(rows: readonly string[][], hasHeader: boolean | undefined): { first: number; header: boolean } {
  let first = rows.findIndex((row) => !isEmptyRow(row));
  if (first < 0) first = 0;
  if (hasHeader !== undefined) return { first, header: hasHeader };
  const head = rows[first] ?? [];
  if (head.some(looksLikePhone)) return { first, header: false };
  const later = rows.slice(first + 1, first + 1 + HEADER_LOOKAHEAD);
  return { first, header: later.some((row) => row.some(looksLikePhone)) };
}

function describeColumn(rows: readonly string[][], start: number, index: number, header?: string): ColumnInfo {
  const sample: string[] = [];
  let seen = 0;
  let phones = 0;
  for (let r = start; r < rows.length && seen < SHARE_CELLS; r++) {
    const cell = rows[r]?.[index]?.trim() ?? "";
    if (cell === "") continue;
    seen++;
    if (looksLikePhone(cell)) phones++;
    if (sample.length < SAMPLE_SIZE) sample.push(cell);
  }
  const info: ColumnInfo = { index, sample, phoneShare: seen === 0 ? 0 : phones / seen };
  return header === undefined ? info : { ...info, header };
}

function suggest(columns: readonly ColumnInfo[]): number | undefined {
  let best: ColumnInfo | undefined;
  for (const column of columns) {
    if (column.phoneShare < 0.5) continue;
    const better =
      !best ||
      column.phoneShare > best.phoneShare ||
      (column.phoneShare === best.phoneShare &&
        PHONE_HEADER.test(column.header ?? "") &&
        !PHONE_HEADER.test(best.header ?? ""));
    if (better) best = column;
  }
  return best?.index;
}

/** Sheets, columns with samples, the header decision and the suggested column of one sheet. */
export function describeSheet(table: LoadedTable, choice: SheetChoice = {}): FileResult<SheetDescription> {
  const picked = pickSheet(table, choice.sheet);
  if (!picked.ok) return picked;
  const { rows, name } = picked.value;
  const { first, header } = layout(rows, choice.hasHeader);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const start = header ? first + 1 : first;
  const columns = Array.from({ length: width }, (_, i) =>
    describeColumn(rows, start, i, header ? (rows[first]?.[i]?.trim() ?? "") : undefined),
  );
  return {
    ok: true,
    value: {
      format: table.format,
      sheets: table.sheets.map((s) => s.name),
      sheet: name,
      hasHeader: header,
      rowCount: rows.length,
      columns,
      suggestedColumn: suggest(columns),
    },
  };
}

/** A sheet's rows, the index of its first data row (below the header, if any) and its width. */
export function sheetRows(
  table: LoadedTable,
  choice: SheetChoice,
): FileResult<{ rows: readonly string[][]; start: number; width: number }> {
  const picked = pickSheet(table, choice.sheet);
  if (!picked.ok) return picked;
  const { rows } = picked.value;
  const { first, header } = layout(rows, choice.hasHeader);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return { ok: true, value: { rows, start: header ? first + 1 : first, width } };
}

/** The non-empty cells of one column below the header, with their spreadsheet row numbers (1-based). */
export function columnValues(table: LoadedTable, choice: SheetChoice & { column: number }): FileResult<CellColumn> {
  const sheet = sheetRows(table, choice);
  if (!sheet.ok) return sheet;
  const { rows, start, width } = sheet.value;
  if (!Number.isInteger(choice.column) || choice.column < 0 || choice.column >= width) {
    return fail("column_not_found", String(choice.column));
  }
  const values: string[] = [];
  const rowNumbers: number[] = [];
  for (let r = start; r < rows.length; r++) {
    const cell = rows[r]?.[choice.column] ?? "";
    if (cell.trim() === "") continue;
    values.push(cell);
    rowNumbers.push(r + 1);
  }
  return { ok: true, value: { values, rows: Uint32Array.from(rowNumbers) } };
}
