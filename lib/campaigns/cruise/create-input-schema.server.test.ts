import { describe, expect, it } from "vitest";
import { createCruiseCampaignInputSchema } from "./create-input-schema.server";

const NOW = 1_800_000_000;
const input = createCruiseCampaignInputSchema(() => NOW);
const KEY = "4f9d1c1e-8f57-4d5c-9d1b-3f0a2c6b7e11";

const valid = {
  sdkAppId: 1400000001,
  name: "Callbacks",
  agent: "li.na@example.com",
  concurrencyNumber: 3,
  startTime: NOW + 3600,
  endTime: NOW + 7200,
  callees: "+8613800000001\n+8613800000002",
  callers: ["0086075586013388"],
  callOrder: 0,
  uui: "",
  idempotencyKey: KEY,
};

const calleeErrors = (callees: unknown) => {
  const result = input.safeParse({ ...valid, callees });
  return result.success ? undefined : result.error.issues.filter((i) => i.path[0] === "callees").map((i) => i.message);
};

describe("createCruiseCampaignInputSchema", () => {
  it("re-normalizes the wire string on the server: national formats to E.164, duplicates dropped", () => {
    const parsed = input.parse({ ...valid, callees: "13800000001\n+86 138 0000 0002\n0086-13800000001" });
    expect(parsed.callees).toEqual(["+8613800000001", "+8613800000002"]);
  });

  it("refuses an empty list, entries that are not numbers, and an array instead of the wire string", () => {
    expect(calleeErrors("")).toEqual(["calleesRequired"]);
    expect(calleeErrors("+8613800000001\nnot a number")).toEqual(["calleeNotE164"]);
    expect(calleeErrors(["+8613800000001"])).toEqual(["calleesRequired"]);
  });

  it("needs the idempotency key as a UUID", () => {
    expect(input.safeParse({ ...valid, idempotencyKey: undefined }).success).toBe(false);
    expect(input.safeParse({ ...valid, idempotencyKey: "not-a-uuid" }).success).toBe(false);
    expect(input.safeParse(valid).success).toBe(true);
  });

  it("applies the form's time rules with the server's clock", () => {
    expect(input.safeParse({ ...valid, startTime: NOW }).success).toBe(false);
    expect(input.safeParse({ ...valid, endTime: valid.startTime }).success).toBe(false);
  });
});
