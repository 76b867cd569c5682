/**
 * Outcomes of server actions (lib/actions/safe-action.ts, the one door every action goes through), of sign-ins
 * (lib/actions/sign-in-action.ts, lib/auth/sso-provider.ts) and of readiness probes (app/api/ready). Labels are
 * codes only: never a user, e-mail or input.
 */
import { codeLabel, consoleMetrics } from "./metrics";

/** The parts of a next-safe-action middleware result that say how the action ended. */
export interface ActionResultShape {
  success: boolean;
  serverError?: { formError?: { code: string }; fieldErrors?: unknown };
  validationErrors?: unknown;
  navigationKind?: string;
}

/** ok, invalid_input, a redirect/notFound, or the code the form was given (forbidden, a CCC code, internal…). */
export function actionOutcome(result: ActionResultShape): string {
  if (result.navigationKind) return codeLabel(result.navigationKind);
  if (result.validationErrors !== undefined) return "invalid_input";
  if (result.serverError !== undefined) {
    const code = result.serverError.formError?.code;
    return code ? codeLabel(code) : result.serverError.fieldErrors ? "invalid_input" : "error";
  }
  return result.success ? "ok" : "error";
}

export function recordActionOutcome(action: string, result: ActionResultShape, startedAt: number): void {
  const metrics = consoleMetrics();
  metrics.actions.inc({ action, outcome: actionOutcome(result) });
  metrics.actionDuration.observe({ action }, (performance.now() - startedAt) / 1000);
}

export type SignInMethod = "password" | "sso";

/** One refused or failed sign-in, by method and reason (invalid, throttled, unknown_user, id_token_invalid…). */
export function recordSignInFailure(method: SignInMethod, reason: string): void {
  consoleMetrics().signInFailures.inc({ method, reason: codeLabel(reason) });
}

/** The last readiness probe's checks (database, migrations, cccConfig): 1 ok, 0 failed. */
export function recordReadiness(checks: Record<string, "ok" | "failed">): void {
  const gauge = consoleMetrics().readiness;
  for (const [check, outcome] of Object.entries(checks)) gauge.set({ check }, outcome === "ok" ? 1 : 0);
}
