/** Small timing and reporting helpers shared by the benchmarks in bench/. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Value at quantile q (0–1) of the numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** The most of `times` (ms) within any half-open window [t, t + windowMs). */
export function peakInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first++;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export interface BenchResult {
  /** Measured figures, free-form but flat enough to read in a diff. */
  figures: Record<string, unknown>;
  /** True when the benchmark's stated goal holds in this run. */
  met: boolean;
  /** One line a README can quote. */
  summary: string;
}

/** Writes bench/results/<name>.json with the convention every benchmark follows: figures, met, summary. */
export function writeBenchResult(name: string, result: BenchResult): string {
  const dir = path.resolve(__dirname, "..", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const body = {
    benchmark: name,
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform, arch: process.arch },
    ...result,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

/** Prints rows as an aligned table. */
export function printTable(rows: ReadonlyArray<Record<string, string | number>>): void {
  if (rows.length === 0) return;
  const headers = Object.keys(rows[0] as Record<string, unknown>);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] as number)).join("  ");
  console.log(line(headers));
  for (const row of rows) console.log(line(headers.map((h) => String(row[h]))));
}
