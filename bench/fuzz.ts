/**
 * `npm run fuzz` — issue 11, part 2: fast-check drives every server action and route handler, signed in, with
 * hostile inputs, in process (lib/fuzz/) and over HTTP against the production build (e2e/fuzz/). Runs
 * vitest.fuzz.config.ts with FUZZ_CASES cases per action/route (default 10,000; FUZZ_HTTP_CASES over HTTP, default
 * 500) and one seed for the run (FUZZ_SEED, printed), then writes bench/results/fuzz.json: per-target counts
 * (cases, refused, accepted, refused by CCC, 5xx, crashes, unexplained refusals, refused inputs reaching CCC), "met"
 * and a one-line "summary". Goal: 0 5xx, 0 crashes, 0 refusals without a field or rule, 0 refused inputs at CCC.
 * FUZZ_LAYERS=actions,routes skips the HTTP layer (it needs `next build` and TEST_DATABASE_URL); FUZZ_ROUTES_CASES
 * and FUZZ_ACTIONS_CASES override FUZZ_CASES for one layer; FUZZ_REPORT_DIR (kept) lets runs of single layers add up.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readFuzzParts, summarize } from "../lib/fuzz/report";
import { printTable, writeBenchResult } from "./support/measure";

const ALL_LAYERS = ["actions", "routes", "http"] as const;
const FILES: Record<string, string> = {
  actions: "lib/fuzz/actions-fuzz.test.ts",
  routes: "lib/fuzz/routes-fuzz.test.ts",
  http: "e2e/fuzz/http-fuzz.test.ts",
};

const layers = (process.env.FUZZ_LAYERS ?? ALL_LAYERS.join(",")).split(",").filter((layer) => layer in FILES);
const cases = process.env.FUZZ_CASES ?? "10000";
const httpCases = process.env.FUZZ_HTTP_CASES ?? "500";
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
// A FUZZ_REPORT_DIR of your own is kept, so layers run one at a time add up to one report.
const ownReportDir = process.env.FUZZ_REPORT_DIR;
const reportDir = ownReportDir ?? mkdtempSync(path.join(os.tmpdir(), "ccc-fuzz-"));

console.log(`fuzz: layers ${layers.join(", ")}; ${cases} cases per target (HTTP ${httpCases}); seed ${seed}`);
console.log(`replay: FUZZ_SEED=${seed} FUZZ_CASES=${cases} npx vitest run --config vitest.fuzz.config.ts <file>`);
const startedAt = Date.now();
// FUZZ_LAYERS=none: only fold the parts already in FUZZ_REPORT_DIR into fuzz.json.
const run =
  layers.length === 0
    ? { status: 0 }
    : spawnSync("npx", ["vitest", "run", "--config", "vitest.fuzz.config.ts", ...layers.map((l) => FILES[l] ?? "")], {
        stdio: "inherit",
        env: {
          ...process.env,
          FUZZ_CASES: cases,
          FUZZ_HTTP_CASES: httpCases,
          FUZZ_SEED: seed,
          FUZZ_REPORT_DIR: reportDir,
          LOG_LEVEL: process.env.LOG_LEVEL ?? "fatal",
        },
      });

const parts = readFuzzParts(reportDir);
if (!ownReportDir) rmSync(reportDir, { recursive: true, force: true });
const result = summarize(parts, [...new Set([...layers, ...parts.map((part) => part.layer)])]);
const minutes = (Date.now() - startedAt) / 60_000;
printTable(
  parts.flatMap((part) =>
    Object.entries(part.targets).map(([target, tally]) => ({ layer: part.layer, target, ...tally })),
  ),
);
const met = result.met && run.status === 0;
const file = writeBenchResult("fuzz", {
  figures: {
    seed: Number(seed),
    casesPerTargetByLayer: Object.fromEntries(parts.map((part) => [part.layer, part.numRuns])),
    seedByLayer: Object.fromEntries(parts.map((part) => [part.layer, part.seed])),
    // Only what this invocation ran (FUZZ_LAYERS=none folds earlier parts and runs nothing).
    minutes: Number(minutes.toFixed(1)),
    loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
    cpus: os.cpus().length,
    total: result.total,
    layers: Object.fromEntries(parts.map((part) => [part.layer, part.targets])),
  },
  met,
  summary: `${result.summary}${run.status === 0 ? "" : " (vitest failed: see its output)"}`,
});
console.log(`\n${result.summary}\nmet: ${met} → ${file}`);
process.exit(met ? 0 : 1);
