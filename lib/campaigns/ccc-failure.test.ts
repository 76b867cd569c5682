import { describe, expect, it } from "vitest";
import { CccError } from "@/lib/ccc/errors";
import { toCccFailure } from "./ccc-failure";

const action = "DescribePredictiveDialingCampaigns" as const;

describe("toCccFailure", () => {
  it("keeps code and RequestId and drops the message", () => {
    const error = new CccError({ action, code: "InternalError", message: "secret detail", requestId: "req-1" });
    const failure = toCccFailure(error);
    expect(failure).toEqual({ code: "InternalError", requestId: "req-1", category: "unavailable" });
    expect(JSON.stringify(failure)).not.toContain("secret detail");
  });

  it.each([
    ["AuthFailure.SignatureFailure", "auth"],
    ["RequestLimitExceeded", "throttled"],
    ["InvalidParameterValue", "rejected"],
    ["ResourceNotFound", "rejected"],
    ["Network.Timeout", "timeout"],
    ["Network.ConnectionRefused", "network"],
    ["Network.OutcomeUnknown", "other"],
  ] as const)("maps %s to %s", (code, category) => {
    const failure = toCccFailure(new CccError({ action, code, message: "" }));
    expect(failure.category).toBe(category);
    expect(failure.requestId).toBeNull();
  });
});
