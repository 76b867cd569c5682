/**
 * The worker in isolation (issue 4's benchmark, kept as the worker's own figure): a static page — esbuild bundles
 * bench/browser/callees-harness.ts and the real worker entry (lib/callees/worker/callee.worker.ts), a loopback
 * server sends them with the console's worker CSP — runs 100,000 lines through the worker and, as its baseline, on
 * the main thread, alternating. This is not what a user gets (no form, no textarea): bench/browser/form-paste.ts is.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { build } from "esbuild";
import { median, round } from "../support/measure";
import type { Run } from "./callees-harness";

async function bundle(dir: string): Promise<void> {
  const root = path.resolve(__dirname, "../..");
  await build({
    entryPoints: {
      harness: path.join(root, "bench/browser/callees-harness.ts"),
      "callee.worker": path.join(root, "lib/callees/worker/callee.worker.ts"),
    },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    // Inlined at build time, as next.config.js does for the console (lib/callees/constants.ts reads it).
    define: { "process.env.CONSOLE_MAX_CALLEES": JSON.stringify(process.env.CONSOLE_MAX_CALLEES ?? "") },
    outdir: dir,
    logLevel: "error",
  });
  writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><title>callees</title><script type="module" src="/harness.js"></script></head><body></body></html>',
  );
}

function serve(dir: string) {
  const server = createServer((req, res) => {
    const name = req.url === "/" ? "index.html" : (req.url ?? "").replace(/^\/+/, "");
    if (!/^[\w.-]+$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = readFileSync(path.join(dir, name));
      res.writeHead(200, {
        "content-type": name.endsWith(".html") ? "text/html" : "text/javascript",
        // The console's policy for scripts and workers.
        "content-security-policy": "default-src 'self'; script-src 'self'; worker-src 'self' blob:",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

/** Median/max of the worker rounds and the main-thread baseline; `rounds` of each after one warm-up. */
export async function measureHarness(browser: Browser, text: string, rounds: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "callees-browser-"));
  await bundle(dir);
  const server = await serve(dir);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.calleeBench?.ready === true);
    const worker: Run[] = [];
    const main: Run[] = [];
    // One warm-up each (JIT, metadata), then alternate so both see the same machine load.
    await page.evaluate((t) => window.calleeBench.viaWorker(t), text);
    await page.evaluate((t) => window.calleeBench.onMainThread(t), text);
    for (let i = 0; i < rounds; i++) {
      worker.push(await page.evaluate((t) => window.calleeBench.viaWorker(t), text));
      main.push(await page.evaluate((t) => window.calleeBench.onMainThread(t), text));
    }
    await page.close();
    const pick = (runs: Run[], key: keyof Run) => runs.map((r) => Number(r[key] ?? 0));
    return {
      validNumbers: worker[0]?.valid,
      sameCountBothWays: worker.every((r, i) => r.valid === main[i]?.valid),
      worker: {
        medianTotalMs: round(median(pick(worker, "totalMs"))),
        maxTotalMs: round(Math.max(...pick(worker, "totalMs"))),
        medianInWorkerMs: round(median(pick(worker, "workerMs"))),
        maxLongTaskMs: round(Math.max(...pick(worker, "longestTaskMs"))),
        maxHeartbeatGapMs: round(Math.max(...pick(worker, "longestGapMs"))),
      },
      mainThreadBaseline: {
        medianTotalMs: round(median(pick(main, "totalMs"))),
        maxLongTaskMs: round(Math.max(...pick(main, "longestTaskMs"))),
        maxHeartbeatGapMs: round(Math.max(...pick(main, "longestGapMs"))),
      },
    };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
