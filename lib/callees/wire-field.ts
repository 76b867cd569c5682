/**
 * The callee list field of the server actions' INPUT schemas. Server-only: it runs the normalizer (libphonenumber-js
 * with its max metadata, ~85 KB gzip), which must stay out of the forms' bundles — the forms validate the worker's
 * output with `calleesField` from ./form-schema, and `import "server-only"` turns a browser import into a build error.
 */
import "server-only";
import { z } from "zod";
import { DEFAULT_MAX_CALLEES, DEFAULT_REGION } from "./constants";
import { CALLEE_FIELD_ERRORS, calleesField } from "./form-schema";
import { normalizeCalleesOnServer } from "./server";

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
