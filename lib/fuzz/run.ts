/**
 * Runs one fuzz target (an action, a route) through fast-check: every case is sent, judged (verdict.ts) and counted;
 * the first failing verdict fails the property, so fast-check shrinks it and prints the seed and path to replay.
 * Case counts and the seed come from the environment: FUZZ_CASES (default a few dozen, for `npm test`), FUZZ_SEED.
 */
import fc from "fast-check";
import { FAILING, type Tally, type Verdict } from "./verdict";

export interface FuzzSettings {
  numRuns: number;
  seed: number;
  /** fast-check's replay path of a failure, from a previous report (FUZZ_PATH). */
  path?: string;
}

/** `npm test` runs this many cases per target unless FUZZ_CASES says otherwise. */
export const DEFAULT_CASES = 12;

/** FUZZ_<LAYER>_CASES (e.g. FUZZ_ROUTES_CASES) overrides FUZZ_CASES for one layer. */
export function fuzzSettings(layer: string, env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const numRuns = Number(env[`FUZZ_${layer.toUpperCase()}_CASES`] ?? env.FUZZ_CASES ?? DEFAULT_CASES);
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(numRuns) || numRuns < 1) throw new Error(`FUZZ_CASES must be a positive integer: ${numRuns}`);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer: ${env.FUZZ_SEED}`);
  return { numRuns, seed, ...(env.FUZZ_PATH ? { path: env.FUZZ_PATH } : {}) };
}

/** What a case was and what came of it, for the failure message. */
export interface Judged {
  verdict: Verdict;
  detail?: string;
}

/**
 * Fuzzes `send` with inputs from `arbitrary`, counting verdicts into `tally` (cases after the first failure are
 * fast-check's shrinking, not counted). `examples` are always run first (the valid input, so every run reaches the
 * code behind validation). Throws fast-check's report, with seed, path and the shrunk counterexample, on a failure.
 */
export async function fuzzTarget<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  send: (input: T) => Promise<Judged>,
  tally: Tally,
  settings: FuzzSettings,
  examples: T[] = [],
): Promise<void> {
  let failed = false;
  const attempt = async (input: T): Promise<Judged> => {
    try {
      return await send(input);
    } catch (error) {
      return { verdict: "crash", detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  };
  const property = fc.asyncProperty(arbitrary, async (input) => {
    let judged = await attempt(input);
    // CCC requests are counted at the emulator, so one made in the background during a refusal (a read cache
    // refresh, an earlier export still streaming) looks like the refusal's. A refusal is deterministic: send it
    // again, and only a second CCC request for it counts.
    if (judged.verdict === "invalidReachedCcc") judged = await attempt(input);
    if (!failed) {
      tally.cases += 1;
      tally[judged.verdict] += 1;
    }
    if (FAILING.has(judged.verdict)) {
      failed = true;
      throw new Error(`${name}: ${judged.verdict}${judged.detail ? `\n${judged.detail}` : ""}`);
    }
  });
  await fc.assert(property, {
    numRuns: settings.numRuns,
    seed: settings.seed,
    ...(settings.path ? { path: settings.path } : {}),
    examples: examples.map((example) => [example] as [T]),
  });
}
