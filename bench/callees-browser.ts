/**
 * Browser benchmark of a 100,000-number paste (issue 14, extending issue 4's worker benchmark).
 *
 * What the user gets: the production build (`next build` unless `-- --no-build`) started with the emulator, Chromium
 * signed in, a trusted Ctrl+V of 100,000 generated lines (the mix of bench:callees: formats, ~5 % invalid, ~10 %
 * duplicates) into the cruise create form and into a predictive edit form (bench/browser/form-paste.ts).
 * Goal: no main-thread task over 50 ms from the paste until the report shows and the report within 500 ms, both in
 * the median of 7 rounds (the worst round is reported too), the report's count right, and the text never in the
 * box. Baseline in the same run: the same Ctrl+V into a page with nothing but a textarea (the browser's own cost of
 * holding 1.5 MB of text in the box, which the forms used to pay). The second after the report (the form taking
 * the list) is reported too.
 *
 * The worker in isolation (bench/browser/harness-run.ts): median ≤ 300 ms, no long task, against the same work on
 * the main thread. Writes bench/results/callees-browser.json.
 * Run: npm run bench:callees-browser [-- --no-build]
 */
import os from "node:os";
import { HOLD_OVER_CHARS } from "../components/callee-list/large-paste";
import { normalizeCallees } from "../lib/callees/pipeline";
import { measureFormPastes, type PasteRun } from "./browser/form-paste";
import { measureHarness } from "./browser/harness-run";
import { generateCalleeText } from "./support/callee-fixtures";
import { formUrls, launchChromium } from "./support/console-pages";
import { startConsoleServers } from "./support/console-servers";
import { median, printTable, round, writeBenchResult } from "./support/measure";
import { ensureProductionBuild } from "./support/next-build";

const LINES = 100_000;
const HARNESS_ROUNDS = 7;
const FORM_ROUNDS = 7;
const GOAL_WORKER_MS = 300;
const GOAL_BLOCK_MS = 50;
const GOAL_REPORT_MS = 500;

function summarize(runs: PasteRun[], expectedValid: string) {
  const longest = runs.map((r) => r.longestTaskMs);
  const reports = runs.map((r) => r.reportMs ?? Number.NaN);
  return {
    rounds: runs.length,
    medianReportMs: round(median(reports)),
    maxReportMs: round(Math.max(...reports)),
    medianLongestTaskMs: round(median(longest)),
    maxLongTaskMs: round(Math.max(...longest)),
    roundsWithTaskOver50Ms: longest.filter((ms) => ms > GOAL_BLOCK_MS).length,
    maxLongTaskAfterReportMs: round(Math.max(...runs.map((r) => r.longestTaskAfterMs))),
    longestTextareaValue: Math.max(...runs.map((r) => r.longestTextareaValue)),
    countRight: runs.every((r) => r.validText === expectedValid),
  };
}
type FormFigures = ReturnType<typeof summarize>;

/**
 * Judged on the typical paste, the median round (as the worker harness judges its time): on this shared 2-core
 * machine a round now and then has its task stretched by other processes taking the CPU (the bare-textarea
 * baseline swings 1.3–6.9 s between runs). The worst round is in the figures and the summary.
 */
const formMet = (f: FormFigures) =>
  f.countRight &&
  f.medianReportMs <= GOAL_REPORT_MS &&
  f.medianLongestTaskMs <= GOAL_BLOCK_MS &&
  f.longestTextareaValue <= HOLD_OVER_CHARS;

async function main() {
  ensureProductionBuild();
  const text = generateCalleeText(LINES);
  const expectedValid = normalizeCallees(text).valid.toLocaleString("en-US");
  const servers = await startConsoleServers();
  const browser = await launchChromium();
  try {
    await formUrls(servers.emulatorUrl);
    const harness = await measureHarness(browser, text, HARNESS_ROUNDS);
    const pastes = await measureFormPastes(browser, servers, text, FORM_ROUNDS);
    const cruise = summarize(pastes.cruise, expectedValid);
    const edit = summarize(pastes.edit, expectedValid);
    const bare = {
      rounds: pastes.bareTextarea.length,
      medianLongTaskMs: round(median(pastes.bareTextarea.map((r) => r.longestTaskMs))),
      maxLongTaskMs: round(Math.max(...pastes.bareTextarea.map((r) => r.longestTaskMs))),
      // The control for the forms' "never in the box": the same watch sees the whole text land in a plain textarea.
      textLandedInBox: pastes.bareTextarea.every((r) => r.longestTextareaValue === text.length),
    };
    const harnessMet =
      harness.sameCountBothWays &&
      harness.worker.medianTotalMs <= GOAL_WORKER_MS &&
      harness.worker.maxLongTaskMs <= GOAL_BLOCK_MS;
    const met = formMet(cruise) && formMet(edit) && bare.textLandedInBox && harnessMet;
    printTable(
      [
        ["cruise form", cruise],
        ["edit form", edit],
      ].map(([name, f]) => {
        const figures = f as FormFigures;
        return {
          paste: name as string,
          reportMedianMs: figures.medianReportMs,
          reportMaxMs: figures.maxReportMs,
          longestTaskMedianMs: figures.medianLongestTaskMs,
          longestTaskMaxMs: figures.maxLongTaskMs,
          roundsOver50: `${figures.roundsWithTaskOver50Ms}/${figures.rounds}`,
          afterReportMaxMs: figures.maxLongTaskAfterReportMs,
          boxChars: figures.longestTextareaValue,
        };
      }),
    );
    console.log(
      `bare textarea, same Ctrl+V: longest task median ${bare.medianLongTaskMs} ms, max ${bare.maxLongTaskMs} ms`,
    );
    const load = os.loadavg().map((l) => round(l));
    const form = (name: string, f: FormFigures) =>
      `${name}: report ${f.medianReportMs} ms, longest task ${f.medianLongestTaskMs} ms (worst round ` +
      `${f.maxReportMs} ms, ${f.maxLongTaskMs} ms; ${f.roundsWithTaskOver50Ms}/${f.rounds} rounds with a task over 50 ms)`;
    const summary =
      `${LINES.toLocaleString("en")} numbers pasted (Ctrl+V, signed in, production build), median of ` +
      `${FORM_ROUNDS} rounds — ${form("cruise form", cruise)}; ${form("edit form", edit)}; goals ≤ ` +
      `${GOAL_REPORT_MS} ms and ≤ ${GOAL_BLOCK_MS} ms (0 = no task over 50 ms), never in the box: ` +
      `${Math.max(cruise.longestTextareaValue, edit.longestTextareaValue)} characters. The same paste into a bare ` +
      `textarea blocks ${bare.medianLongTaskMs} ms. Worker alone: median ${harness.worker.medianTotalMs} ms vs ` +
      `${harness.mainThreadBaseline.medianTotalMs} ms on the main thread. Load ${load[0]} on ${os.cpus().length} ` +
      `cores. ${met ? "Met." : "Not met."}`;
    console.log(summary);
    const figures = {
      lines: LINES,
      expectedValid,
      forms: { cruise, edit, rawRuns: pastes },
      bareTextareaBaseline: bare,
      harness,
      browser: `Chromium ${browser.version()} headless`,
      cpus: os.cpus().length,
      loadAverage: load,
    };
    console.log(writeBenchResult("callees-browser", { figures, met, summary }));
    if (!met) process.exitCode = 1;
  } finally {
    await browser.close();
    servers.stop();
  }
}

void main();
