/**
 * The fuzz figures: each layer (in-process actions, in-process routes, HTTP) writes its per-target counts to
 * FUZZ_REPORT_DIR when `npm run fuzz` sets it, and bench/fuzz.ts folds them into bench/results/fuzz.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FuzzSettings } from "./run";
import { emptyTally, FAILING, type Tally, VERDICTS } from "./verdict";

export interface FuzzPart {
  layer: string;
  seed: number;
  numRuns: number;
  targets: Record<string, Tally>;
}

/** Writes this layer's counts when a report is being collected; a no-op inside `npm test`. */
export function recordFuzzPart(layer: string, settings: FuzzSettings, targets: Record<string, Tally>): void {
  const dir = process.env.FUZZ_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const part: FuzzPart = { layer, seed: settings.seed, numRuns: settings.numRuns, targets };
  writeFileSync(path.join(dir, `${layer}.json`), `${JSON.stringify(part, null, 2)}\n`);
}

export function readFuzzParts(dir: string): FuzzPart[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as FuzzPart);
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.cases += tally.cases;
    for (const verdict of VERDICTS) total[verdict] += tally[verdict];
  }
  return total;
}

export interface FuzzSummary {
  total: Tally;
  failures: number;
  met: boolean;
  summary: string;
}

/**
 * Met when every expected layer ran, every target ran its full number of cases (a failure stops a target early)
 * and no case was a 5xx, a crash, an unexplained refusal or a refused input that reached CCC.
 */
export function summarize(parts: FuzzPart[], expectedLayers: readonly string[]): FuzzSummary {
  const total = sumTallies(parts.flatMap((part) => Object.values(part.targets)));
  const failures = [...FAILING].reduce((sum, verdict) => sum + total[verdict], 0);
  const missing = expectedLayers.filter((layer) => !parts.some((part) => part.layer === layer));
  const short = parts.flatMap((part) =>
    Object.entries(part.targets)
      .filter(([, tally]) => tally.cases < part.numRuns)
      .map(([name]) => name),
  );
  const targets = parts.reduce((sum, part) => sum + Object.keys(part.targets).length, 0);
  const met = failures === 0 && missing.length === 0 && short.length === 0 && targets > 0;
  const summary =
    `${total.cases.toLocaleString("en")} fuzz cases over ${targets} actions/routes (${parts.map((p) => p.layer).join(", ")}): ` +
    `${total.serverError} 5xx, ${total.crash} crashes, ${total.unexplained} refusals without a field or rule, ` +
    `${total.invalidReachedCcc} refused inputs reaching CCC; ${total.refused} refused, ${total.accepted} valid, ` +
    `${total.cccRefused} refused by CCC` +
    (missing.length ? `; layers missing: ${missing.join(", ")}` : "") +
    (short.length ? `; stopped early: ${short.join(", ")}` : "");
  return { total, failures, met, summary };
}
