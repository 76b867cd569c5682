import { describe, expect, it } from "vitest";
import { actionFailure } from "./action-result";

describe("actionFailure", () => {
  it("keeps the server's formError, RequestId and whether anything changed", () => {
    const serverError = {
      formError: { code: "InternalError", message: "CCC reported an internal error." },
      requestId: "req-1",
      changed: "no" as const,
    };
    expect(actionFailure({ serverError })).toEqual({ fieldErrors: {}, ...serverError });
  });

  it("merges zod's field errors with the server's, and leaves changed out when the server did not say", () => {
    const failure = actionFailure({
      validationErrors: { formErrors: [], fieldErrors: { name: ["nameRequired"], uui: [] } },
      serverError: { fieldErrors: { ivrId: ["InvalidParameterValue"] } },
    });
    expect(failure).toEqual({
      fieldErrors: { name: ["nameRequired"], ivrId: ["InvalidParameterValue"] },
      formError: undefined,
      requestId: undefined,
    });
    expect(failure && "changed" in failure).toBe(false);
  });

  it("is undefined on success", () => {
    expect(actionFailure({ data: 1 })).toBeUndefined();
  });
});
