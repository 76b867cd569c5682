/** bench:load's tables, goal check and one-line summary. */
import { type BenchResult, printTable } from "../support/measure";
import type { PhaseResult } from "./phase";

export const GOALS = { listP95Ms: 300, saveP95Ms: 1500, cccPerSecond: 20 } as const;
/** What a supervisor waits for on a list: opening it, and each refresh while it is open. */
const LIST_PAGES = ["page:predictiveList", "page:cruiseList", "poll:predictiveList", "poll:cruiseList"];

const p95 = (phase: PhaseResult, key: string) => phase.latency[key]?.p95Ms ?? Number.NaN;
// A list page never opened is NaN (a miss); polls are counted when the run had any.
const listP95 = (phase: PhaseResult) =>
  Math.max(...LIST_PAGES.filter((key) => key.startsWith("page:") || phase.latency[key]).map((key) => p95(phase, key)));
/** Every viewer opening a list in the same second (clients.ts, openAtOnce): reported, not a goal. */
const burstP95 = (phase: PhaseResult) =>
  Math.max(
    ...Object.keys(phase.latency)
      .filter((key) => key.startsWith("burst:"))
      .map((key) => p95(phase, key)),
  );
const cccTotal = (phase: PhaseResult) => Object.values(phase.ccc.byAction).reduce((n, a) => n + a.total, 0);

/** Every goal this phase misses, in words; empty when it meets them all. */
export function misses(phase: PhaseResult): string[] {
  const found: string[] = [];
  if (!(listP95(phase) <= GOALS.listP95Ms)) found.push(`list p95 ${listP95(phase)} ms > ${GOALS.listP95Ms}`);
  const save = p95(phase, "action:savePredictive");
  if (!(save <= GOALS.saveP95Ms)) found.push(`save p95 ${save} ms > ${GOALS.saveP95Ms}`);
  if (phase.ccc.peakPerSecond > GOALS.cccPerSecond) found.push(`CCC peak ${phase.ccc.peakPerSecond}/s`);
  if (phase.requestLimitExceededShown > 0) found.push(`${phase.requestLimitExceededShown} RequestLimitExceeded shown`);
  if (phase.lost.total > 0) found.push(`${phase.lost.total} lost`);
  if (phase.audit.okRows !== phase.audit.appliedChanges) {
    found.push(`audit ok ${phase.audit.okRows} ≠ applied ${phase.audit.appliedChanges}`);
  }
  return found;
}

export function printPhases(phases: readonly PhaseResult[]): void {
  for (const phase of phases) {
    console.log(`\n${phase.spec.label}`);
    printTable(
      Object.entries(phase.latency).map(([key, s]) => ({
        what: key,
        n: s.count,
        p50: s.p50Ms,
        p95: s.p95Ms,
        p99: s.p99Ms,
        outcomes: Object.entries(s.outcomes)
          .map(([outcome, n]) => `${outcome}:${n}`)
          .join(" "),
      })),
    );
    printTable(
      Object.entries(phase.ccc.byAction).map(([action, a]) => ({
        action,
        requests: a.total,
        peakPerSecond: a.peakPerSecond,
      })),
    );
    console.log(
      `RequestLimitExceeded shown ${phase.requestLimitExceededShown} · lost ${phase.lost.total} ` +
        `(${JSON.stringify(phase.lost)}) · audit ok ${phase.audit.okRows} / applied ${phase.audit.appliedChanges} ` +
        `(error ${phase.audit.errorRows}, unknown ${phase.audit.unknownRows})`,
    );
  }
}

const short = (phase: PhaseResult) =>
  `list p95 ${listP95(phase)} ms, save p95 ${p95(phase, "action:savePredictive")} ms, CCC peak ` +
  `${phase.ccc.peakPerSecond}/s, RLE shown ${phase.requestLimitExceededShown}, lost ${phase.lost.total}, ` +
  `audit ${phase.audit.okRows}/${phase.audit.appliedChanges} (all viewers opening a list at once: p95 ` +
  `${burstP95(phase)} ms, not a goal)`;

/** Met when every "coalescing on" phase meets every goal; the baseline phases are for comparison only. */
export function verdict(phases: readonly PhaseResult[], settings: Record<string, unknown>): BenchResult {
  const candidates = phases.filter((phase) => phase.spec.readFreshMs === undefined);
  const failing = candidates.flatMap((phase) => misses(phase).map((miss) => `${phase.spec.instances}×: ${miss}`));
  const met = candidates.length > 0 && failing.length === 0;
  const comparisons = candidates.map((phase) => {
    const baseline = phases.find((p) => p.spec.instances === phase.spec.instances && p.spec.readFreshMs === "0");
    return {
      instances: phase.spec.instances,
      listP95VsBaseline: baseline ? `${listP95(phase)} vs ${listP95(baseline)} ms` : null,
      cccRequestsVsBaseline: baseline ? `${cccTotal(phase)} vs ${cccTotal(baseline)}` : null,
    };
  });
  const summary =
    candidates.map((phase) => `${phase.spec.instances}×: ${short(phase)}`).join("; ") +
    ` — ${met ? "met" : `not met (${failing.join(", ")})`}`;
  return {
    figures: {
      settings,
      goals: GOALS,
      comparisons,
      phases: phases.map((phase) => ({ ...phase, misses: misses(phase) })),
    },
    met,
    summary,
  };
}
