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
