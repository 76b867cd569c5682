import { describe, expect, it } from "vitest";
import { CccError } from "@/lib/ccc/errors";
import { cruiseCreateFailure, cruiseReplayFailure } from "./create-errors";

const REQUEST_ID = "3c140219-cfe9-470e-b241-907877d6fb03";
const ccc = (code: string, field?: string) =>
  new CccError({
    code,
    message: "ignored text",
    action: "CreateAgentCruiseDialingCampaign",
    requestId: REQUEST_ID,
    field,
  });

describe("cruiseCreateFailure", () => {
  it("puts InvalidParameterValue naming a form field on that field", () => {
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "Agent"))).toEqual({
      fieldErrors: { agent: ["InvalidParameterValue"] },
      requestId: REQUEST_ID,
    });
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "EndTime")).fieldErrors).toEqual({
      endTime: ["InvalidParameterValue"],
    });
  });

  it("puts LimitExceeded.OutOfCountLimit on the callee list", () => {
    expect(cruiseCreateFailure(ccc("LimitExceeded.OutOfCountLimit")).fieldErrors).toEqual({
      callees: ["LimitExceeded.OutOfCountLimit"],
    });
  });

  it("keeps a validation error without a known field, and any other error, at form level with the RequestId", () => {
    expect(cruiseCreateFailure(ccc("InvalidParameterValue"))).toEqual({
      formError: { code: "InvalidParameterValue", message: expect.any(String) },
      requestId: REQUEST_ID,
    });
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "Version")).formError?.code).toBe("InvalidParameterValue");
    expect(cruiseCreateFailure(ccc("InternalError"))).toEqual({
      formError: { code: "InternalError", message: expect.any(String) },
      requestId: REQUEST_ID,
    });
  });

  it("reports a timeout after sending as outcome unknown, never as a plain failure", () => {
    const timeout = new CccError({
      code: "Network.OutcomeUnknown",
      message: "x",
      action: "CreateAgentCruiseDialingCampaign",
    });
    expect(cruiseCreateFailure(timeout).formError?.code).toBe("outcome_unknown");
  });
});

describe("cruiseReplayFailure", () => {
  it.each([
    [{ status: "in_progress", since: new Date() } as const, "create_in_progress"],
    [{ status: "failed", outcome: "unknown", errorCode: "Network.OutcomeUnknown" } as const, "outcome_unknown"],
    [{ status: "failed", outcome: "failed", errorCode: "InternalError" } as const, "InternalError"],
    [{ status: "mismatch" } as const, "idempotency_key_used"],
  ])("%j → %s", (outcome, code) => {
    expect(cruiseReplayFailure(outcome).formError?.code).toBe(code);
  });
});
