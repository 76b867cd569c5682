/**
 * A file column of numbers plus mapped extra columns → the normalized list and each accepted callee's data. Rows
 * whose data breaks a limit are rejected with the reason before their number is read; the rest go through the
 * ordinary pipeline, which reports the row of every number it accepts, so the data follows its number (the first
 * occurrence of a duplicate keeps its own). Browser-safe; runs in the callee worker.
 */

import { DEFAULT_MAX_REJECTED_DETAILS, MAX_REJECTED_TEXT_CHARS } from "../constants";
import { sheetRows } from "../files/table";
import { type FileResult, fail, type LoadedTable, type SheetChoice } from "../files/types";
import { normalizeCallees } from "../pipeline";
import type { CalleeListResult, NormalizeOptions, RejectedEntry } from "../types";
import { checkMapping, rowAttributes } from "./rules";
import type { AttributeColumn, MappingError, RowAttributes } from "./types";

/** A list result with the data of each number, aligned with `numbers` (null: none for that callee). */
export interface AttributedListResult extends CalleeListResult {
  attributes: (RowAttributes | null)[];
}

export type AttributedImport =
  | { ok: true; value: AttributedListResult }
  | { ok: false; mapping: MappingError }
  | Extract<FileResult<never>, { ok: false }>;

function mergeRejected(a: RejectedEntry[], b: RejectedEntry[], max: number): RejectedEntry[] {
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.line - y.line).slice(0, max);
}

export function importWithAttributes(
  table: LoadedTable,
  choice: SheetChoice & { column: number },
  mapping: readonly AttributeColumn[],
  options: NormalizeOptions = {},
): AttributedImport {
  const mappingError = checkMapping(mapping, choice.column);
  if (mappingError) return { ok: false, mapping: mappingError };
  const sheet = sheetRows(table, choice);
  if (!sheet.ok) return sheet;
  const { rows, start, width } = sheet.value;
  if (!Number.isInteger(choice.column) || choice.column < 0 || choice.column >= width)
    return fail("column_not_found", String(choice.column));

  const values: string[] = [];
  const rowNumbers: number[] = [];
  // Indexed by spreadsheet row: a plain array is several times faster than a Map for 100,000 dense keys.
  const dataByRow: (RowAttributes | null)[] = new Array(rows.length + 1).fill(null);
  const attributeRejects: RejectedEntry[] = [];
  for (let r = start; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const cell = cells[choice.column] ?? "";
    if (cell.trim() === "") continue;
    const data = rowAttributes(cells, mapping);
    if (!data.ok) {
      attributeRejects.push({ line: r + 1, text: cell.slice(0, MAX_REJECTED_TEXT_CHARS), reason: data.reason });
      continue;
    }
    dataByRow[r + 1] = data.value;
    values.push(cell);
    rowNumbers.push(r + 1);
  }

  const acceptedRows: number[] = [];
  const result = normalizeCallees(
    { values, rows: Uint32Array.from(rowNumbers) },
    { ...options, onAccept: (row) => acceptedRows.push(row) },
  );
  const maxDetails = options.maxRejectedDetails ?? DEFAULT_MAX_REJECTED_DETAILS;
  return {
    ok: true,
    value: {
      ...result,
      rejected: mergeRejected(attributeRejects, result.rejected, maxDetails),
      rejectedTotal: result.rejectedTotal + attributeRejects.length,
      totalLines: result.totalLines + attributeRejects.length,
      attributes: acceptedRows.map((row) => dataByRow[row] ?? null),
    },
  };
}
