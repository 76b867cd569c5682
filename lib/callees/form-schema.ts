/**
 * Zod pieces for the callee and caller fields of both campaign forms, shared by the browser (react-hook-form) and
 * the server actions. As in `lib/users/schemas.ts`, messages are keys, not text: they live under the
 * `CalleeList.errors` namespace (messages/<locale>/callees.json), and `useCalleeFieldErrorText` in
 * `components/callee-list` translates them (the "too many" text names the maximum).
 */
import { z } from "zod";
import { DEFAULT_MAX_CALLEES } from "./constants";

/** Message keys the callee and caller fields can produce (under `CalleeList.errors`). */
export const CALLEE_FIELD_ERRORS = {
  calleesRequired: "calleesRequired",
  calleesTooMany: "calleesTooMany",
  calleeNotE164: "calleeNotE164",
  calleesDuplicate: "calleesDuplicate",
  callersRequired: "callersRequired",
  callerInvalid: "callerInvalid",
  callersDuplicate: "callersDuplicate",
} as const;
export type CalleeFieldError = keyof typeof CALLEE_FIELD_ERRORS;

/** "+" then 2 to 15 digits, no leading zero in the country code (ITU-T E.164). */
const E164 = /^\+[1-9]\d{1,14}$/;

/** At most this many callers per campaign: CCC documents none; a console page lists at most a few hundred. */
export const MAX_CALLERS = 1_000;
/** Caller numbers as CCC displays them: digits, optionally a leading "+", nothing else (e.g. "0085512345678"). */
const CALLER = /^\+?\d{3,32}$/;

/**
 * The callee list: normalized E.164 numbers, unique, 1 to `max` of them. One pass over the array and at most one
 * issue for the elements (a refused 100,000-number list must not produce 100,000 issues).
 */
export function calleesField(max: number = DEFAULT_MAX_CALLEES) {
  return z
    .array(z.string(), { error: CALLEE_FIELD_ERRORS.calleesRequired })
    .min(1, CALLEE_FIELD_ERRORS.calleesRequired)
    .max(max, CALLEE_FIELD_ERRORS.calleesTooMany)
    .superRefine((numbers, ctx) => {
      const seen = new Set<string>();
      for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i] as string;
        if (!E164.test(n)) {
          ctx.addIssue({ code: "custom", message: CALLEE_FIELD_ERRORS.calleeNotE164 });
          return;
        }
        if (seen.has(n)) {
          ctx.addIssue({ code: "custom", message: CALLEE_FIELD_ERRORS.calleesDuplicate });
          return;
        }
        seen.add(n);
      }
    });
}

/** The caller numbers: at least one, unique, each as CCC displays it in DescribeNumbers (sent as-is). */
export function callersField() {
  return z
    .array(z.string(), { error: CALLEE_FIELD_ERRORS.callersRequired })
    .min(1, CALLEE_FIELD_ERRORS.callersRequired)
    .max(MAX_CALLERS, CALLEE_FIELD_ERRORS.callerInvalid)
    .superRefine((numbers, ctx) => {
      const seen = new Set<string>();
      for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i] as string;
        if (!CALLER.test(n)) {
          ctx.addIssue({ code: "custom", message: CALLEE_FIELD_ERRORS.callerInvalid });
          return;
        }
        if (seen.has(n)) {
          ctx.addIssue({ code: "custom", message: CALLEE_FIELD_ERRORS.callersDuplicate });
          return;
        }
        seen.add(n);
      }
    });
}

/** True when `key` is one of the messages above, so a form can hand it to `useCalleeFieldErrorText`. */
export function isCalleeFieldError(key: string | undefined): key is CalleeFieldError {
  return key !== undefined && Object.hasOwn(CALLEE_FIELD_ERRORS, key);
}
