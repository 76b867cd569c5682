/**
 * The worker's logic without the worker: a handler that takes requests and posts responses. `callee.worker.ts`
 * wires it to `self`; tests drive it directly. Jobs run one at a time; before each the handler yields once so
 * requests that arrived meanwhile are seen, and a job superseded by a newer one of the same kind is skipped.
 */

import { importWithAttributes } from "../attributes/import";
import { type LoadedTable, loadSpreadsheet } from "../files";
import { columnValues, describeSheet } from "../files/table";
import { normalizeCallees } from "../pipeline";
import type { CalleeWorkerRequest, CalleeWorkerResponse, WorkerNormalizeOptions } from "./protocol";
import { toWireResult } from "./protocol";

type Post = (response: CalleeWorkerResponse) => void;

/** Pasted text longer than this (~1M lines) reports progress; files always do. */
export const PASTE_PROGRESS_CHARS = 16_000_000;

/** Paste and column jobs replace each other (both produce "the list"); file jobs replace file jobs. */
function lane(request: CalleeWorkerRequest): "list" | "file" | "other" {
  if (request.type === "paste" || request.type === "column") return "list";
  if (request.type === "file" || request.type === "describe") return "file";
  return "other";
}

const yieldOnce = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createCalleeWorkerHandler(post: Post) {
  let table: LoadedTable | undefined;
  const latest = new Map<string, number>();
  let queue = Promise.resolve();

  function normalize(id: number, input: Parameters<typeof normalizeCallees>[0], options: WorkerNormalizeOptions) {
    const started = performance.now();
    // Progress costs a line count first; a paste under ~1M lines is done before a progress bar would be seen.
    const reportProgress = typeof input !== "string" || input.length > PASTE_PROGRESS_CHARS;
    const result = normalizeCallees(input, {
      ...options,
      onProgress: reportProgress
        ? ({ done, total }) => post({ type: "progress", id, phase: "normalizing", done, total })
        : undefined,
    });
    post({ type: "result", id, result: toWireResult(result), elapsedMs: performance.now() - started });
  }

  async function run(request: CalleeWorkerRequest): Promise<void> {
    const { id } = request;
    switch (request.type) {
      case "paste":
        return normalize(id, request.text, request.options);
      case "file": {
        post({ type: "progress", id, phase: "reading", done: 0, total: request.buffer.byteLength });
        const loaded = await loadSpreadsheet(request.buffer);
        if (!loaded.ok) {
          table = undefined;
          return post({ type: "failed", id, error: loaded.error });
        }
        table = loaded.value;
        post({
          type: "progress",
          id,
          phase: "reading",
          done: request.buffer.byteLength,
          total: request.buffer.byteLength,
        });
        return describeSheetOf(id, request.sheet ?? 0, request.hasHeader);
      }
      case "describe":
        return describeSheetOf(id, request.sheet, request.hasHeader);
      case "column": {
        if (!table) return post({ type: "failed", id, error: { code: "no_file" } });
        if (request.attributes && request.attributes.length > 0) return importAttributed(id, table, request);
        const column = columnValues(table, request);
        if (!column.ok) return post({ type: "failed", id, error: column.error });
        return normalize(id, column.value, request.options);
      }
      case "forget":
        table = undefined;
        return;
    }
  }

  function importAttributed(id: number, kept: LoadedTable, request: Extract<CalleeWorkerRequest, { type: "column" }>) {
    const started = performance.now();
    const imported = importWithAttributes(kept, request, request.attributes ?? [], request.options);
    if (imported.ok) {
      post({ type: "result", id, result: toWireResult(imported.value), elapsedMs: performance.now() - started });
    } else if ("mapping" in imported) post({ type: "unmapped", id, mapping: imported.mapping });
    else post({ type: "failed", id, error: imported.error });
  }

  function describeSheetOf(id: number, sheet: number, hasHeader: boolean | undefined) {
    if (!table) return post({ type: "failed", id, error: { code: "no_file" } });
    const described = describeSheet(table, hasHeader === undefined ? { sheet } : { sheet, hasHeader });
    post(
      described.ok
        ? { type: "described", id, description: described.value }
        : { type: "failed", id, error: described.error },
    );
  }

  return function onRequest(request: CalleeWorkerRequest): Promise<void> {
    const key = lane(request);
    latest.set(key, request.id);
    queue = queue.then(async () => {
      await yieldOnce();
      if (key !== "other" && latest.get(key) !== request.id) return;
      try {
        await run(request);
      } catch (error) {
        // The pipeline and readers return errors as values; this is a bug, and the page must still answer.
        post({ type: "failed", id: request.id, error: { code: "internal", detail: String(error) } });
      }
    });
    return queue;
  };
}
