import { describe, expect, expectTypeOf, it } from "vitest";
import type { CccRequest } from "./actions";
import {
  CccError,
  type CccErrorKind,
  fieldFromMessage,
  isCccError,
  kindForCode,
  LOCAL_CODES,
  whetherChanged,
} from "./errors";

describe("kindForCode", () => {
  const table: Record<CccErrorKind, string[]> = {
    auth: [
      "AuthFailure.SignatureFailure",
      "AuthFailure.SignatureExpire",
      "AuthFailure.SecretIdNotFound",
      "AuthFailure.InvalidSecretId",
      "AuthFailure.InvalidAuthorization",
      "AuthFailure.TokenFailure",
      "AuthFailure.UnauthorizedOperation",
    ],
    validation: [
      "InvalidParameter",
      "InvalidParameterValue",
      "InvalidParameterValue.InstanceNotExist",
      "MissingParameter",
      "UnknownParameter",
      "LimitExceeded.OutOfCountLimit",
      "InvalidAction",
      "NoSuchVersion",
      "RequestSizeLimitExceeded",
      "UnsupportedRegion",
      LOCAL_CODES.invalidRequest,
    ],
    throttled: [
      "RequestLimitExceeded",
      "RequestLimitExceeded.IPLimitExceeded",
      "RequestLimitExceeded.UinLimitExceeded",
      LOCAL_CODES.localQueueFull,
    ],
    conflict: ["UnsupportedOperation", "ResourceNotFound", "FailedOperation.CampaignStarted"],
    server: [
      "InternalError",
      "InternalError.DBError",
      "ServiceUnavailable",
      LOCAL_CODES.invalidResponse,
      LOCAL_CODES.httpStatus,
      "SomethingNew",
    ],
    network: [
      LOCAL_CODES.timeout,
      LOCAL_CODES.aborted,
      LOCAL_CODES.connectionRefused,
      LOCAL_CODES.connectFailed,
      LOCAL_CODES.connectionLost,
    ],
    ambiguous: [LOCAL_CODES.outcomeUnknown],
  };
  const cases = Object.entries(table).flatMap(([kind, codes]) => codes.map((code) => [code, kind] as const));
  it.each(cases)("%s → %s", (code, kind) => {
    expect(kindForCode(code)).toBe(kind);
  });

  it("does not confuse prefixes (LimitExceeded vs RequestLimitExceeded, InvalidParameterX)", () => {
    expect(kindForCode("RequestLimitExceededFoo")).toBe("server");
    expect(kindForCode("AuthFailureish")).toBe("server");
  });
});

describe("CccError and isCccError", () => {
  it("recognises a CccError from another bundle's copy of the class, and nothing that merely looks like one", () => {
    const brand = Symbol.for("ccc-console.CccError");
    const foreign = Object.assign(new Error("x"), {
      name: "CccError",
      code: "InternalError",
      kind: "server",
      [brand]: true,
    });
    expect(foreign instanceof CccError).toBe(false);
    expect(isCccError(foreign)).toBe(true);
    expect(isCccError(foreign, "server")).toBe(true);
    expect(isCccError(foreign, "auth")).toBe(false);
    expect(isCccError(Object.assign(new Error("x"), { name: "CccError", code: "InternalError" }))).toBe(false);
    expect(isCccError(null)).toBe(false);
  });

  const error = new CccError({
    action: "CreateAgentCruiseDialingCampaign",
    code: "InvalidParameterValue",
    message: "bad",
    requestId: "r-1",
    httpStatus: 200,
  });

  it("is an Error carrying code, kind (from the code), action, request id and status", () => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "CccError",
      code: "InvalidParameterValue",
      kind: "validation",
      action: "CreateAgentCruiseDialingCampaign",
      requestId: "r-1",
      httpStatus: 200,
      message: "bad",
    });
  });

  it("lets an explicit kind override the code's", () => {
    expect(new CccError({ action: "DescribeNumbers", code: "X", message: "", kind: "network" }).kind).toBe("network");
  });

  it("guards, optionally by kind", () => {
    expect(isCccError(error)).toBe(true);
    expect(isCccError(error, "validation")).toBe(true);
    expect(isCccError(error, "ambiguous")).toBe(false);
    expect(isCccError(new Error("x"))).toBe(false);
    expect(isCccError({ code: "InternalError", kind: "server" })).toBe(false);
  });
});

describe("fieldFromMessage", () => {
  const create = "CreateAgentCruiseDialingCampaign" as const;
  it.each([
    ["The value of parameter `ConcurrencyNumber` is invalid", "ConcurrencyNumber"],
    ['Invalid parameter value: "StartTime" must be in the future', "StartTime"],
    ["Callees[3] is not a valid phone number", "Callees"],
    ["EndTime must be later than StartTime", "EndTime"],
    ["参数SdkAppId错误", "SdkAppId"],
    ["the value of `concurrencynumber` is too large", "ConcurrencyNumber"],
    // The bundled emulator's wording: the field's path comes first, values may follow in quotes.
    ['Callees.3 "+8613800138000" is not a phone number', "Callees"],
    ["Agent foo@example.com is not a staff member of SdkAppId 1400000001", "Agent"],
    ["ConcurrencyNumber must be between 1 and 20", "ConcurrencyNumber"],
    ["Invalid parameter", undefined],
    ["The name is too long", undefined],
    ["CampaignId does not exist", undefined],
    ["", undefined],
  ])("%j → %s", (message, field) => {
    expect(fieldFromMessage(create, message)).toBe(field);
  });

  it("knows each action's own fields", () => {
    expect(fieldFromMessage("UpdatePredictiveDialingCampaign", "CampaignId does not exist")).toBe("CampaignId");
    expect(fieldFromMessage("DescribeNumbers", "`Agent` is invalid")).toBeUndefined();
  });

  it("is typed as the action's request field names", () => {
    expectTypeOf(fieldFromMessage(create, "")).toEqualTypeOf<
      Extract<keyof CccRequest<typeof create>, string> | undefined
    >();
  });
});

describe("whetherChanged", () => {
  const update = (code: string) => new CccError({ code, message: "x", action: "UpdatePredictiveDialingCampaign" });
  it.each([
    ["InternalError", "no"],
    ["InternalError.DBError", "no"],
    ["UnsupportedOperation", "no"],
    ["InvalidParameterValue", "no"],
    ["RequestLimitExceeded", "no"],
    ["AuthFailure.SignatureFailure", "no"],
    [LOCAL_CODES.connectionRefused, "no"],
    [LOCAL_CODES.localQueueFull, "no"],
    [LOCAL_CODES.timeout, "unknown"],
    [LOCAL_CODES.connectionLost, "unknown"],
    [LOCAL_CODES.aborted, "unknown"],
    [LOCAL_CODES.outcomeUnknown, "unknown"],
    [LOCAL_CODES.invalidResponse, "unknown"],
  ])("an update failing with %s: changed %s", (code, changed) => {
    expect(whetherChanged(update(code))).toBe(changed);
  });

  it("a read changes nothing, even when its reply was lost", () => {
    const read = new CccError({ code: LOCAL_CODES.timeout, message: "x", action: "DescribeNumbers" });
    expect(whetherChanged(read)).toBe("no");
  });
});
