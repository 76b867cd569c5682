import { describe, expect, it } from "vitest";
import { CccError } from "@/lib/ccc/errors";
import { createFailure, replayFailure } from "./create-errors";
import { CRUISE_CREATE_ERROR_FIELDS } from "./cruise/fields";

const cruiseCreateFailure = (error: CccError) => createFailure(error, CRUISE_CREATE_ERROR_FIELDS);
const cruiseReplayFailure = replayFailure;

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
  it("puts InvalidParameterValue naming a request field on the form field the table maps it to", () => {
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "Agent"))).toEqual({
      code: "InvalidParameterValue",
      field: "agent",
      kind: "validation",
      changed: "no",
      requestId: REQUEST_ID,
    });
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "EndTime")).field).toBe("endTime");
    // Not first-letter lower-casing: "UUI" is the form's "uui", not "uUI".
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "UUI")).field).toBe("uui");
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "SdkAppId")).field).toBe("sdkAppId");
  });

  it("puts LimitExceeded.OutOfCountLimit on the callee list", () => {
    expect(cruiseCreateFailure(ccc("LimitExceeded.OutOfCountLimit"))).toMatchObject({
      code: "LimitExceeded.OutOfCountLimit",
      field: "callees",
    });
  });

  it("keeps a validation error without a known field, and any other error, at form level with the RequestId", () => {
    expect(cruiseCreateFailure(ccc("InvalidParameterValue")).field).toBeNull();
    expect(cruiseCreateFailure(ccc("InvalidParameterValue", "CampaignId")).field).toBeNull();
    expect(cruiseCreateFailure(ccc("InternalError"))).toEqual({
      code: "InternalError",
      field: null,
      kind: "server",
      changed: "no",
      requestId: REQUEST_ID,
    });
  });

  it("reports a timeout after sending as outcome unknown, never as a plain failure", () => {
    const timeout = new CccError({
      code: "Network.OutcomeUnknown",
      message: "x",
      action: "CreateAgentCruiseDialingCampaign",
    });
    expect(cruiseCreateFailure(timeout)).toMatchObject({ code: "outcome_unknown", field: null, changed: "unknown" });
  });

  it("reports a gateway's 5xx (no RequestId) and an unreadable reply as outcome unknown too", () => {
    const gateway = new CccError({
      code: "InternalError.HttpStatus",
      httpStatus: 502,
      message: "x",
      action: "CreateAgentCruiseDialingCampaign",
    });
    expect(cruiseCreateFailure(gateway)).toEqual({
      code: "outcome_unknown",
      field: null,
      kind: "server",
      changed: "unknown",
    });
    expect(cruiseCreateFailure(ccc("InternalError.InvalidResponse"))).toMatchObject({
      code: "outcome_unknown",
      changed: "unknown",
      requestId: REQUEST_ID,
    });
  });
});

describe("cruiseReplayFailure", () => {
  it.each([
    [{ status: "in_progress", since: new Date() } as const, "create_in_progress", "unknown"],
    [
      { status: "failed", outcome: "unknown", errorCode: "Network.OutcomeUnknown" } as const,
      "outcome_unknown",
      "unknown",
    ],
    [{ status: "failed", outcome: "failed", errorCode: "InternalError" } as const, "InternalError", "no"],
    [{ status: "mismatch" } as const, "idempotency_key_used", "no"],
  ])("%j → %s, changed %s", (outcome, code, changed) => {
    expect(cruiseReplayFailure(outcome)).toEqual({ code, field: null, changed });
  });
});
