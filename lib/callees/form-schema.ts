/**
 * Zod pieces for the callee and caller fields of both campaign forms, shared by the browser (react-hook-form) and
 * the server actions. As in `lib/users/schemas.ts`, messages are keys, not text: they live under the
 * `CalleeList.errors` namespace (messages/<locale>/callees.json), and `useCalleeFieldErrorText` in
 * `components/callee-list` translates them (the "too many" text names the maximum).
 */
import { z } from "zod";
import { DEFAULT_MAX_CALLEES, DEFAULT_REGION } from "./constants";
import { normalizeCalleesOnServer } from "./server";

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

/**
 * The callee list as a server action receives it: the wire form (`toWire(numbers)`, E.164 joined with "\n"),
 * normalized again on the server (`normalizeCalleesOnServer`: it never trusts the client; duplicates dropped, any
 * reject or a list over `max` refused), then the checks of `calleesField`. Why not a string[]: React's
 * server-action decoder (decodeReply, React 19.3) counts every character of every string inside an array against a
 * 1,000,000 limit and throws "Maximum array nesting exceeded" past it — 100,000 numbers of 14 characters are
 * 1.5 million. A single string field is not counted. Forms keep `calleesField` (string[]) for their own validation
 * and send `callees: toWire(values.callees)`.
 */
export function calleesWireField(max: number = DEFAULT_MAX_CALLEES, defaultRegion: string = DEFAULT_REGION) {
  return z
    .string({ error: CALLEE_FIELD_ERRORS.calleesRequired })
    .transform((wire, ctx) => {
      const result = normalizeCalleesOnServer(wire, { max, defaultRegion });
      if (result.ok) return result.numbers;
      const tooMany = result.code === "too_many" || result.code === "wire_too_large";
      ctx.addIssue({
        code: "custom",
        message: tooMany ? CALLEE_FIELD_ERRORS.calleesTooMany : CALLEE_FIELD_ERRORS.calleeNotE164,
      });
      return z.NEVER;
    })
    .pipe(calleesField(max));
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
