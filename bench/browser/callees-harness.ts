/**
 * Runs in Chromium (bundled by bench/callees-browser.ts): the list input's worker path and, as the baseline,
 * normalization on the main thread. For each it measures the time until the numbers are ready on the main thread
 * and how long the main thread was blocked: the longest "longtask" entry (> 50 ms by definition) and the longest
 * gap between heartbeat ticks (a 5 ms timer, which also sees blocks under 50 ms without taking a core from the
 * worker as a busy ping-pong would on a 2-core machine).
 */
import { normalizeCallees } from "../../lib/callees/pipeline";
import { type CalleeWorkerResponse, numbersFromWire } from "../../lib/callees/worker/protocol";

export interface Run {
  totalMs: number;
  workerMs?: number;
  longestTaskMs: number;
  longestGapMs: number;
  valid: number;
  progressEvents: number;
}

function watchMainThread() {
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  const TICK_MS = 5;
  let longestGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return async () => {
    // The block that ends with this call has had no tick after it yet: count it here.
    longestGap = Math.max(longestGap, performance.now() - last - TICK_MS);
    clearInterval(timer);
    // Long task entries are delivered after the task ends: give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 60));
    for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
    observer.disconnect();
    return { longestTaskMs: longestTask, longestGapMs: longestGap };
  };
}

const worker = new Worker(new URL("./callee.worker.js", import.meta.url), { type: "module" });
let nextId = 1;

/** A full collection before each run (Chromium started with --expose-gc), so no run pays for the last one. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function viaWorker(text: string): Promise<Run> {
  collect();
  const stop = watchMainThread();
  const started = performance.now();
  const id = nextId++;
  let progressEvents = 0;
  const answer = await new Promise<Extract<CalleeWorkerResponse, { type: "result" }>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CalleeWorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === "progress") progressEvents++;
      else if (message.type === "result") resolve(message);
      else reject(new Error(JSON.stringify(message)));
    };
    worker.postMessage({ type: "paste", id, text, options: {} });
  });
  const numbers = numbersFromWire(answer.result.wire);
  const totalMs = performance.now() - started;
  const blocked = await stop();
  return { totalMs, workerMs: answer.elapsedMs, valid: numbers.length, progressEvents, ...blocked };
}

async function onMainThread(text: string): Promise<Run> {
  collect();
  const stop = watchMainThread();
  // Let the heartbeat start before the main thread is taken.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const started = performance.now();
  const result = normalizeCallees(text);
  const totalMs = performance.now() - started;
  const blocked = await stop();
  return { totalMs, valid: result.numbers.length, progressEvents: 0, ...blocked };
}

declare global {
  interface Window {
    calleeBench: { viaWorker: typeof viaWorker; onMainThread: typeof onMainThread; ready: boolean };
  }
}
window.calleeBench = { viaWorker, onMainThread, ready: true };
