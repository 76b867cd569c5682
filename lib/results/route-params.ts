/** The results routes' query: which chunk of 1,000 calls. */
import { z } from "zod";

export const ZResultsQuery = z.object({
  chunk: z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number from 0")
    .transform(Number)
    .default(0),
});
