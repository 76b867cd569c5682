"use client";

/**
 * A typed client for the callee worker. One worker per list input, started on first use and stopped on unmount.
 * Each request returns a promise of its final answer; a newer request of the same kind (a new paste replaces the
 * last paste, a new file the last file) settles the older one as `{ type: "stale" }` at once, and the worker skips
 * it if it has not started. The list input starts the worker early — once the page is idle after mounting
 * (`warmWhenIdle`), and at the latest when its paste box gets focus (`warm()`) — so a paste does not wait for the
 * worker's script and metadata. Without Worker support the same handler runs on the main thread (slower, still correct).
 */
import { useCallback, useEffect, useRef } from "react";
import { createCalleeWorker } from "@/lib/callees/worker/create-worker";
import type { CalleeWorkerRequest, CalleeWorkerResponse } from "@/lib/callees/worker/protocol";

export type FinalAnswer = Exclude<CalleeWorkerResponse, { type: "progress" }> | { type: "stale"; id: number };
export type Progress = Extract<CalleeWorkerResponse, { type: "progress" }>;
type Request = CalleeWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

interface Pending {
  lane: string;
  resolve: (answer: FinalAnswer) => void;
  onProgress?: (progress: Progress) => void;
}

interface Port {
  post: (request: CalleeWorkerRequest, transfer: Transferable[]) => void;
  stop: () => void;
}

const laneOf = (type: CalleeWorkerRequest["type"]) =>
  type === "paste" || type === "column" ? "list" : type === "forget" ? "other" : "file";

/** Options of `useCalleeWorker`. */
export interface CalleeWorkerOptions {
  /** Start the worker once the page is idle after mounting, so the first paste finds it loaded. */
  warmWhenIdle?: boolean;
}

export function useCalleeWorker({ warmWhenIdle = false }: CalleeWorkerOptions = {}) {
  const port = useRef<Port | undefined>(undefined);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  const onAnswer = useCallback((response: CalleeWorkerResponse) => {
    const job = pending.current.get(response.id);
    if (!job) return;
    if (response.type === "progress") return job.onProgress?.(response);
    pending.current.delete(response.id);
    // Handled in a task of its own: this one already spent its time receiving (deserializing) a list of up to
    // 100,000 numbers, and splitting and showing them would make it one long task.
    setTimeout(() => job.resolve(response), 0);
  }, []);

  const failAll = useCallback((detail: string) => {
    for (const [id, job] of pending.current) job.resolve({ type: "failed", id, error: { code: "internal", detail } });
    pending.current.clear();
  }, []);

  const open = useCallback((): Port => {
    if (port.current) return port.current;
    if (typeof Worker === "undefined") {
      // Loaded on demand: the handler carries the normalizer and the spreadsheet readers, which must not be part of
      // the form's first load. Requests still run in order (one promise, then-callbacks in sequence).
      const handler = import("@/lib/callees/worker/handler").then((m) => m.createCalleeWorkerHandler(onAnswer));
      port.current = { post: (request) => void handler.then((handle) => handle(request)), stop: () => {} };
      return port.current;
    }
    const worker = createCalleeWorker();
    worker.onmessage = (event: MessageEvent<CalleeWorkerResponse>) => onAnswer(event.data);
    worker.onerror = (event) => {
      // A crashed worker answers nothing more: fail what waits and start a fresh one next time.
      event.preventDefault();
      worker.terminate();
      port.current = undefined;
      failAll(event.message || "worker error");
    };
    port.current = {
      post: (request, transfer) => worker.postMessage(request, transfer),
      stop: () => worker.terminate(),
    };
    return port.current;
  }, [onAnswer, failAll]);

  useEffect(
    () => () => {
      port.current?.stop();
      port.current = undefined;
      pending.current.clear();
    },
    [],
  );

  /** Sends a request; a file's buffer is transferred (the caller must not use it afterwards). */
  const send = useCallback(
    (request: Request, onProgress?: (progress: Progress) => void): Promise<FinalAnswer> => {
      const id = nextId.current++;
      const lane = laneOf(request.type);
      const full = { ...request, id } as CalleeWorkerRequest;
      if (lane === "other") {
        open().post(full, []);
        return Promise.resolve({ type: "stale", id });
      }
      for (const [oldId, job] of pending.current) {
        if (job.lane !== lane) continue;
        pending.current.delete(oldId);
        job.resolve({ type: "stale", id: oldId });
      }
      return new Promise<FinalAnswer>((resolve) => {
        pending.current.set(id, { lane, resolve, onProgress });
        open().post(full, full.type === "file" ? [full.buffer] : []);
      });
    },
    [open],
  );

  /** Starts the worker ahead of use (its script and the phone metadata load off the main thread meanwhile). */
  const warm = useCallback(() => void open(), [open]);

  useEffect(() => {
    if (!warmWhenIdle) return;
    // After the page's own start-up work; `new Worker` is cheap here, the loading happens on the worker's thread.
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(warm, { timeout: 2_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(warm, 1_000);
    return () => clearTimeout(timer);
  }, [warmWhenIdle, warm]);

  return { send, warm };
}
