/**
 * Messages between the list input and the callee worker. Plain data only (structured clone); every request has an
 * `id`, every answer repeats it, and the client drops answers to requests it has since replaced.
 *
 * The numbers travel back as one "\n"-joined string rather than a string[]: cloning one 1.6 MB string is a copy,
 * cloning 100,000 strings is 100,000 allocations on the main thread.
 */
import type { AttributeColumn, MappingError, RowAttributes } from "../attributes/types";
import type { FileError, SheetDescription } from "../files/types";
import type { CalleeListResult } from "../types";
import { estimateCccCalleesBytes, fromWire } from "../wire";

export interface WorkerNormalizeOptions {
  defaultRegion?: string;
  max?: number;
}

export type CalleeWorkerRequest =
  /** Normalize pasted text. */
  | { type: "paste"; id: number; text: string; options: WorkerNormalizeOptions }
  /** Parse a file (buffer transferred) and describe its first sheet, or `sheet`; the worker keeps the table. */
  | { type: "file"; id: number; buffer: ArrayBuffer; sheet?: number; hasHeader?: boolean }
  /** Describe another sheet of the kept table, or the same one with another header choice. */
  | { type: "describe"; id: number; sheet: number; hasHeader?: boolean }
  /** Normalize one column of the kept table; `attributes` maps other columns to each callee's UUI and variables. */
  | {
      type: "column";
      id: number;
      sheet: number;
      column: number;
      hasHeader: boolean;
      options: WorkerNormalizeOptions;
      attributes?: AttributeColumn[];
    }
  /** Forget the kept table (the user cleared the file). */
  | { type: "forget"; id: number };

/**
 * A `CalleeListResult` with its numbers joined (see above; `numbersFromWire` splits them again) and their size as
 * a JSON array (`estimateCccCalleesBytes`), computed in the worker so the main thread does not walk the list again.
 */
export type WireListResult = Omit<CalleeListResult, "numbers"> & {
  wire: string;
  jsonBytes: number;
  /** With a column mapping: each number's data, aligned with the numbers (null: none). */
  attributes?: (RowAttributes | null)[];
};

export type CalleeWorkerResponse =
  | { type: "progress"; id: number; phase: "reading" | "normalizing"; done: number; total: number }
  | { type: "described"; id: number; description: SheetDescription }
  | { type: "result"; id: number; result: WireListResult; elapsedMs: number }
  | { type: "failed"; id: number; error: FileError | { code: "no_file" | "internal"; detail?: string } }
  /** The column mapping cannot be used (see `checkMapping`). */
  | { type: "unmapped"; id: number; mapping: MappingError };

/** Error codes a worker answer can carry: the file readers' plus the worker's own. */
export type CalleeWorkerErrorCode = Extract<CalleeWorkerResponse, { type: "failed" }>["error"]["code"];

export function toWireResult(result: CalleeListResult & { attributes?: (RowAttributes | null)[] }): WireListResult {
  const { numbers, attributes, ...rest } = result;
  const wire = { ...rest, wire: numbers.join("\n"), jsonBytes: estimateCccCalleesBytes(numbers) };
  // The data rides in the same request as the numbers, so it counts against the same body budget.
  return attributes ? { ...wire, attributes, jsonBytes: wire.jsonBytes + JSON.stringify(attributes).length } : wire;
}

export const numbersFromWire = fromWire;

/** Buffers of a response that can be moved instead of copied. */
export function responseTransferables(response: CalleeWorkerResponse): Transferable[] {
  return response.type === "result" ? [response.result.duplicateLines.buffer as ArrayBuffer] : [];
}
