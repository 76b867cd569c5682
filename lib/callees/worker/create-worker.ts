/**
 * Starts the callee worker. The `new URL(…, import.meta.url)` form is what Next (Turbopack and webpack) recognizes
 * to bundle the worker as its own module chunk; CSP allows it with `worker-src 'self' blob:`.
 */
export function createCalleeWorker(): Worker {
  return new Worker(new URL("./callee.worker.ts", import.meta.url), { type: "module", name: "callees" });
}
