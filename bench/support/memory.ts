/**
 * Memory probes without launching node with flags: `--expose-gc` can be set at run time and `gc` fetched from a
 * fresh context, so `npm run bench:*` stays a plain `tsx` call.
 */
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

export const MB = 1024 * 1024;

/** Runs a full garbage collection (twice, to catch objects freed by the first pass's finalizers). */
export function fullGc(): void {
  collect();
  collect();
}

/** Heap used and RSS in bytes. */
export function memoryNow(): { heapUsed: number; rss: number } {
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

/** Peak RSS of this process so far, in bytes. */
export function maxRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
