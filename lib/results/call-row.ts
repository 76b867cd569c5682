/**
 * One call as the results pages and exports show it, reduced from CCC's CDR. Pure (no server-only): the browser uses
 * the type and the outcome table too. Callee numbers are masked here for roles without `callee:read`.
 */
import { z } from "zod";
import type { TTelCdr } from "@/lib/ccc/actions/call-records";
import { OUTCOMES, outcomeOf } from "./end-status";

export const ZOutcome = z.enum(OUTCOMES);
export const ZCallRow = z.object({
  sessionId: z.string(),
  callee: z.string(),
  /** Unix seconds the call started. */
  time: z.number().int(),
  outcome: ZOutcome,
  endStatus: z.number().int(),
  /** Seconds talking; 0 when not answered. */
  duration: z.number().int(),
  /** The agent's e-mail, or "" when no agent took the call. */
  agent: z.string(),
});
export type TCallRow = z.infer<typeof ZCallRow>;

/**
 * Keeps a number's first three and last four characters: "+8613800001234" → "+86*******1234", enough to tell
 * calls apart and recognise a number one already has, not enough to dial it.
 */
export function maskNumber(number: string): string {
  if (number.length <= 4) return "*".repeat(number.length);
  if (number.length <= 8) return `${"*".repeat(number.length - 2)}${number.slice(-2)}`;
  return `${number.slice(0, 3)}${"*".repeat(number.length - 7)}${number.slice(-4)}`;
}

/** CCC puts the number in Callee, or in ProtectedCallee when number protection is on (Callee is then empty). */
export const calleeOf = (cdr: TTelCdr) => cdr.Callee || cdr.ProtectedCallee || "";

export function toCallRow(cdr: TTelCdr, showNumbers: boolean): TCallRow {
  const callee = calleeOf(cdr);
  return {
    sessionId: cdr.SessionId ?? "",
    callee: showNumbers ? callee : maskNumber(callee),
    time: cdr.StartTimestamp || cdr.Time || 0,
    outcome: outcomeOf(cdr.EndStatus),
    endStatus: cdr.EndStatus ?? 0,
    duration: cdr.Duration ?? 0,
    agent: cdr.SeatUser?.Mail ?? "",
  };
}
