import { describe, expect, it } from "vitest";
import { z } from "zod";
import { flattenAllValidationErrors } from "./validation-shape";

/** zod's formatted tree, the shape next-safe-action hands handleValidationErrorsShape. */
const formatted = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return z.formatError(result.error);
};

const ZInput = z.strictObject({
  callers: z.array(z.string()),
  variables: z.array(z.object({ key: z.string() })),
  name: z.string(),
});

describe("flattenAllValidationErrors", () => {
  it("keeps a nested field's error under its top-level field, with the rest of its path", () => {
    const flat = flattenAllValidationErrors(
      formatted(ZInput, { callers: [["+86"]], variables: [{ key: 1 }], name: "n" }),
    );
    expect(flat).toEqual({
      formErrors: [],
      fieldErrors: {
        callers: ["0: Invalid input: expected string, received array"],
        variables: ["0.key: Invalid input: expected string, received number"],
      },
    });
  });

  it("keeps a field's own errors unprefixed and the root's as form errors", () => {
    expect(flattenAllValidationErrors(formatted(ZInput, { callers: "x", variables: [], name: 1 }))).toEqual({
      formErrors: [],
      fieldErrors: {
        callers: ["Invalid input: expected array, received string"],
        name: ["Invalid input: expected string, received number"],
      },
    });
    expect(flattenAllValidationErrors(formatted(ZInput, "x"))).toEqual({
      formErrors: ["Invalid input: expected object, received string"],
      fieldErrors: {},
    });
  });
});
