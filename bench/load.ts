/**
 * `npm run bench:load` — the console under load as it is deployed: the production server (`npm start`: one
 * instance, then two on one PostgreSQL database), the bundled CCC emulator enforcing CCC's 20 requests/second per
 * action, and signed-in HTTP clients: viewers open the predictive list, the cruise list and campaign pages and stay
 * on each for a while, polling it as the page does in a browser (lib/queries/polling.ts), while writers save
 * predictive edits and create cruise campaigns. The run joins the viewers mid-stay (pages open at the steady rate);
 * before it, every viewer opens a list in the same second, reported as burst:* (not a goal; bench/load/clients.ts).
 * Each instance count runs twice in the same run: with the console's read coalescing as configured, and with it off
 * (CCC_READ_FRESH_MS=0), the baseline.
 *
 * Goal, for each instance count with coalescing on: p95 list page (opening it, and each poll) ≤ 300 ms, p95 save ≤ 1.5 s, ≤ 20 CCC requests per
 * second of any action in every sliding second, 0 RequestLimitExceeded shown to users, 0 submissions lost, audit
 * rows (ok) = changes CCC applied.
 *
 *   npm run bench:load                                           # 60 s, 50 viewers, 20 writers
 *   npm run bench:load -- --duration 10 --viewers 10 --writers 4 # a smoke run
 *
 * Flags: --duration (s), --viewers, --writers, --instances (e.g. "1,2"), --viewer-stay-ms (15000: how long a viewer
 * stays on a page; --viewer-stay-ms 1000 opens a page a second and never polls, a capacity test) and
 * --writer-think-ms (2000) (each stay or pause is 0.5–1.5× that), --port (first app port, 3300), --emulator-port (4300),
 * --skip-baseline (only the phases with coalescing on: quicker, no comparison). BENCH_TRACE=<file>: every request's
 * start and duration, one line each.
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL, else scripts/pg-test-server.sh is started (and stopped).
 * Builds first (`next build`) when NEXT_DIST_DIR (default .next) holds no build.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type PhaseResult, type PhaseSetup, type PhaseSpec, runPhase } from "./load/phase";
import { printPhases, verdict } from "./load/report";
import { writeBenchResult } from "./support/measure";
import { postgres } from "./support/postgres-server";

const ROOT = path.resolve(__dirname, "..");

function readFlags(): Omit<PhaseSetup, "serverUrl"> & { instanceCounts: number[]; skipBaseline: boolean } {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "60" },
      viewers: { type: "string", default: "50" },
      writers: { type: "string", default: "20" },
      instances: { type: "string", default: "1,2" },
      "viewer-stay-ms": { type: "string", default: "15000" },
      "writer-think-ms": { type: "string", default: "2000" },
      port: { type: "string", default: "3300" },
      "emulator-port": { type: "string", default: "4300" },
      "skip-baseline": { type: "boolean", default: false },
    },
  });
  const whole = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return value;
  };
  const instanceCounts = String(values.instances).split(",").map(Number);
  if (instanceCounts.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
    throw new Error("--instances must list whole numbers from 1 to 8, e.g. 1,2");
  }
  return {
    durationMs: whole("duration", 1) * 1000,
    viewers: whole("viewers", 0),
    writers: whole("writers", 0),
    instanceCounts,
    viewerThinkMs: whole("viewer-stay-ms", 0),
    writerThinkMs: whole("writer-think-ms", 0),
    firstPort: whole("port", 1024),
    emulatorPort: whole("emulator-port", 1024),
    skipBaseline: values["skip-baseline"] === true,
  };
}

function ensureBuild(): void {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  console.log(`No production build in ${distDir}: running next build`);
  const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

async function main(): Promise<void> {
  const { instanceCounts, skipBaseline, ...flags } = readFlags();
  ensureBuild();
  const pg = postgres();
  const phases: PhaseResult[] = [];
  try {
    for (const instances of instanceCounts) {
      const specs: PhaseSpec[] = [
        { label: `${instances} instance(s), coalescing off (baseline)`, instances, readFreshMs: "0" },
        { label: `${instances} instance(s), coalescing on`, instances },
      ].filter((spec) => !skipBaseline || spec.readFreshMs === undefined);
      for (const spec of specs) {
        console.log(
          `\n== ${spec.label}: ${flags.viewers} viewers, ${flags.writers} writers, ${flags.durationMs / 1000} s`,
        );
        phases.push(await runPhase(spec, { ...flags, serverUrl: pg.url }));
      }
    }
  } finally {
    pg.stop();
  }
  printPhases(phases);
  const result = verdict(phases, { ...flags, instanceCounts });
  const file = writeBenchResult("load", result);
  console.log(`\n${result.summary}\n${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
