/**
 * Form limits read from the CCC wire schemas (lib/ccc/actions), so the form, its hints and the request CCC checks
 * can never disagree about a range. Browser-safe: the wire schemas are plain zod.
 */
import type { z } from "zod";

/** The inclusive [min, max] a wire number schema declares; throws at import if it declares none (a schema bug). */
export function rangeOf(schema: z.ZodNumber): { min: number; max: number } {
  const { minValue: min, maxValue: max } = schema;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) {
    throw new Error("the wire schema declares no range");
  }
  return { min, max };
}

/** The maximum length a wire string schema declares. */
export function maxLengthOf(schema: z.ZodString): number {
  if (schema.maxLength === null) throw new Error("the wire schema declares no maximum length");
  return schema.maxLength;
}

/**
 * Per-callee data (CCC's CalleeAttributes: UUI and Variables for one callee). CCC documents no limit here but the
 * campaign UUI's 1,024 characters, so these are the console's choices, kept in this one place: the list input, the
 * form and action schemas and the emulator all read them. Change them here (and rebuild) to configure them.
 */
export const CALLEE_ATTRIBUTE_LIMITS = {
  /** The campaign UUI's documented maximum, applied to each callee's UUI. */
  uuiMax: 1024,
  /** Variables per callee. */
  variablesMax: 20,
  /** A variable's name: ASCII letters, digits and "_", not starting with a digit (IVR variable names). */
  variableKeyPattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  variableKeyMax: 64,
  variableValueMax: 256,
} as const;
