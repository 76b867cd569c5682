/**
 * The list pipeline: split → clean → fast path / libphonenumber → dedup, in one pass, keeping line numbers.
 * Pure and synchronous (no DOM, no Node APIs): the UI runs it in a Web Worker, the server on the action's input.
 */
import { cleanNumberText as cleanNumberTextImport } from "./clean";
import {
  DEFAULT_MAX_CALLEES,
  DEFAULT_MAX_REJECTED_DETAILS,
  DEFAULT_REGION,
  MAX_REJECTED_TEXT_CHARS,
  PROGRESS_EVERY,
} from "./constants";
import { E164Set } from "./e164-set";
import { createClassifier } from "./normalize-number";
import { countLines, type EntryVisitor, forEachCellEntry, forEachTextEntry } from "./split";
import type { CalleeInput, CalleeListResult, NormalizeOptions, RejectedEntry, RejectReason } from "./types";

// A local alias: bundlers and tsx compile imports to getter calls, and this runs once per entry.
const cleanNumberText = cleanNumberTextImport;

/** A growable Uint32Array: duplicate line numbers end up in a transferable buffer without a number[] detour. */
class LineList {
  private data = new Uint32Array(1024);
  length = 0;
  push(line: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = line;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

function checkLimit(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}

/**
 * Normalizes a callee list to unique E.164 numbers, reporting every rejected entry with its line and reason.
 * Throws only for bad options (unknown region, negative limits), never for bad input.
 */
export function normalizeCallees(input: CalleeInput, options: NormalizeOptions = {}): CalleeListResult {
  const classify = createClassifier(options.defaultRegion ?? DEFAULT_REGION);
  const max = checkLimit("max", options.max ?? DEFAULT_MAX_CALLEES);
  const maxRejected = checkLimit("maxRejectedDetails", options.maxRejectedDetails ?? DEFAULT_MAX_REJECTED_DETAILS);
  const { onProgress, onAccept } = options;

  const numbers: string[] = [];
  // Sized for ~16 characters a line, capped: a file of long rejected lines must not reserve a huge table.
  const seen = new E164Set(Math.min(typeof input === "string" ? input.length / 16 : input.values.length, 1 << 18));
  const duplicateLines = new LineList();
  const rejected: RejectedEntry[] = [];
  let rejectedTotal = 0;

  const visit: EntryVisitor = (text, start, end, line) => {
    const outcome = classify(cleanNumberText(text, start, end));
    if (outcome.charCodeAt(0) === 43) {
      // E.164 outcomes start with "+", reject codes with a letter.
      if (seen.add(outcome)) {
        numbers.push(outcome);
        if (onAccept) onAccept(line);
      } else duplicateLines.push(line);
      return;
    }
    rejectedTotal++;
    if (rejected.length < maxRejected) {
      const cut = Math.min(end, start + MAX_REJECTED_TEXT_CHARS);
      rejected.push({ line, text: text.slice(start, cut), reason: outcome as RejectReason });
    }
  };

  let totalLines: number;
  if (typeof input === "string") {
    const total = onProgress ? countLines(input) : 0;
    const onLine = onProgress
      ? (done: number) => {
          if (done % PROGRESS_EVERY === 0) onProgress({ done, total });
        }
      : undefined;
    totalLines = forEachTextEntry(input, visit, onLine);
  } else {
    const total = input.values.length;
    const onCell = onProgress
      ? (done: number) => {
          if (done % PROGRESS_EVERY === 0) onProgress({ done, total });
        }
      : undefined;
    totalLines = forEachCellEntry(input.values, input.rows, visit, onCell);
  }
  onProgress?.({ done: totalLines, total: totalLines });

  return {
    numbers,
    valid: numbers.length,
    duplicates: duplicateLines.length,
    duplicateLines: duplicateLines.toArray(),
    rejected,
    rejectedTotal,
    tooMany: numbers.length > max,
    max,
    totalLines,
  };
}

/** Buffers of a result that `postMessage(result, transferablesOf(result))` can move instead of copying. */
export function transferablesOf(result: CalleeListResult): ArrayBuffer[] {
  const { buffer } = result.duplicateLines;
  return buffer instanceof ArrayBuffer ? [buffer] : [];
}
