/**
 * What one fuzz case came to, from an action's result or a route's response plus the CCC requests it caused. The
 * goal (issue 11, part 2): no 5xx, no crash, no refusal without a field or a rule, and nothing the console refuses
 * reaches CCC. Valid inputs and CCC's own refusals of well-formed requests are counted apart, not failures.
 */
import type { ActionError } from "@/lib/actions/action-error";
import { ACTION_ERROR_CODES } from "@/lib/actions/action-error";

export const VERDICTS = [
  /** The console refused, naming a field or a rule, before any CCC request. */
  "refused",
  /** The input was valid and the call succeeded. */
  "accepted",
  /** Well-formed, so it went to CCC, which refused it (a campaign that does not exist, a state that forbids it…). */
  "cccRefused",
  /** HTTP 5xx, or the `internal` code an action answers for what a route would make a 500. */
  "serverError",
  /** The action or handler threw instead of answering. */
  "crash",
  /** A refusal with no field and no rule code: the user cannot tell what to fix. */
  "unexplained",
  /** The console refused it, yet CCC saw a request for it. */
  "invalidReachedCcc",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that fail the run. */
export const FAILING: ReadonlySet<Verdict> = new Set(["serverError", "crash", "unexplained", "invalidReachedCcc"]);

/** Codes the console decides alone, before a CCC request is made. */
const CONSOLE_REFUSALS: ReadonlySet<string> = new Set([
  ACTION_ERROR_CODES.unauthenticated,
  ACTION_ERROR_CODES.forbidden,
  ACTION_ERROR_CODES.forbiddenApp,
  ACTION_ERROR_CODES.invalidInput,
]);

interface ValidationErrors {
  formErrors?: string[];
  fieldErrors?: Partial<Record<string, string[]>>;
}

/** What next-safe-action answers; `validationErrors` is read as the flattened shape (lib/actions/validation-shape). */
export interface ActionResultLike {
  data?: unknown;
  validationErrors?: unknown;
  serverError?: ActionError;
}

const hasFieldErrors = (errors: Partial<Record<string, string[]>> | undefined) =>
  Object.values(errors ?? {}).some((messages) => (messages?.length ?? 0) > 0);

/** A field path with a message, or a rule code with a message: something a person can act on. */
export function namesFieldOrRule(error: ActionError | undefined, validation?: ValidationErrors): boolean {
  if (hasFieldErrors(validation?.fieldErrors) || (validation?.formErrors?.length ?? 0) > 0) return true;
  if (hasFieldErrors(error?.fieldErrors)) return true;
  const code = error?.formError?.code;
  return Boolean(code && code !== ACTION_ERROR_CODES.internal && error?.formError?.message);
}

/** A refusal the console made itself (so no CCC request may have been made for it). */
function refusedByConsole(result: ActionResultLike): boolean {
  if (result.validationErrors) return true;
  const code = result.serverError?.formError?.code;
  return !result.serverError?.requestId && code !== undefined && CONSOLE_REFUSALS.has(code);
}

/** The verdict on an action's result, given how many CCC requests the call caused. */
export function actionVerdict(result: ActionResultLike | undefined, cccRequests: number): Verdict {
  if (!result) return "unexplained";
  const failed = result.validationErrors !== undefined || result.serverError !== undefined;
  if (!failed) return "accepted";
  if (result.serverError?.formError?.code === ACTION_ERROR_CODES.internal) return "serverError";
  if (!namesFieldOrRule(result.serverError, result.validationErrors as ValidationErrors | undefined)) {
    return "unexplained";
  }
  if (refusedByConsole(result)) return cccRequests > 0 ? "invalidReachedCcc" : "refused";
  return cccRequests > 0 ? "cccRefused" : "refused";
}

/** The verdict on a route's answer: its status, its JSON body (when it has one) and the CCC requests it caused. */
export function routeVerdict(status: number, body: unknown, cccRequests: number): Verdict {
  // A 502 counts too: the emulator is healthy throughout, so a 502 is a refusal of the caller's input dressed as
  // CCC being down.
  if (status >= 500) return "serverError";
  if (status < 400) return "accepted";
  const error = (typeof body === "object" && body !== null ? body : {}) as ActionError;
  if (!namesFieldOrRule(error)) return "unexplained";
  if (status === 400 || status === 401 || status === 403) return cccRequests > 0 ? "invalidReachedCcc" : "refused";
  return cccRequests > 0 ? "cccRefused" : "refused";
}

export type Tally = Record<Verdict, number> & { cases: number };

export const emptyTally = (): Tally =>
  Object.fromEntries([["cases", 0], ...VERDICTS.map((v) => [v, 0])]) as unknown as Tally;

export function countVerdict(tally: Tally, verdict: Verdict): void {
  tally.cases += 1;
  tally[verdict] += 1;
}
