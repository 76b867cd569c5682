/** Unit tests for the pieces with edge cases of their own: the rate limiter, fault registry and issue mapping. */
import { describe, expect, it } from "vitest";
import { CccError } from "./errors";
import { FaultRegistry } from "./faults";
import { RateLimiter } from "./rate-limit";
import { validateRequest } from "./validate-request";

describe("RateLimiter", () => {
  it("allows 20 per sliding second per key and does not count rejected calls", () => {
    let now = 0;
    const limiter = new RateLimiter(20, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.tryAcquire("A")).toBe(true);
    expect(limiter.tryAcquire("A")).toBe(false);
    expect(limiter.tryAcquire("B")).toBe(true);
    now = 999;
    expect(limiter.tryAcquire("A")).toBe(false);
    now = 1000;
    expect(limiter.tryAcquire("A")).toBe(true);
    expect(new RateLimiter(0).tryAcquire("A")).toBe(true);
  });
});

describe("FaultRegistry", () => {
  it("applies rules in order, per action or to all, and retires next-N rules", () => {
    const faults = new FaultRegistry(1);
    faults.add({ action: "DescribeNumbers", kind: "timeout", times: 1 });
    faults.add({ kind: "error", code: "InternalError" });
    expect(faults.take("DescribeNumbers")?.kind).toBe("timeout");
    expect(faults.take("DescribeNumbers")?.kind).toBe("error");
    expect(faults.take("DescribeStaffInfoList")?.code).toBe("InternalError");
    expect(faults.list()).toHaveLength(1);
  });

  it("fires a fraction of calls, the same ones for the same seed", () => {
    const run = () => {
      const faults = new FaultRegistry(7);
      faults.add({ kind: "reset", probability: 0.25 });
      return Array.from({ length: 200 }, () => (faults.take("DescribeNumbers") ? 1 : 0));
    };
    const fired = run();
    const count = fired.reduce<number>((sum, x) => sum + x, 0);
    expect(count).toBeGreaterThan(25);
    expect(count).toBeLessThan(75);
    expect(run()).toEqual(fired);
  });
});

describe("validateRequest", () => {
  const issue = (action: Parameters<typeof validateRequest>[0], body: unknown) => {
    try {
      validateRequest(action, body);
      return "OK";
    } catch (error) {
      return error instanceof CccError ? `${error.code}: ${error.message}` : String(error);
    }
  };

  it("names the field and its rule", () => {
    const ref = { SdkAppId: 1, CampaignId: 2 };
    expect(issue("DescribePredictiveDialingCampaign", ref)).toBe("OK");
    expect(issue("DescribePredictiveDialingCampaign", { ...ref, CampaignId: 1.5 })).toBe(
      "InvalidParameterValue: CampaignId must be a positive integer",
    );
    expect(issue("DescribeStaffInfoList", { SdkAppId: 1, PageSize: 10_000, PageNumber: 0 })).toBe(
      "InvalidParameterValue: PageSize must be between 1 and 9999",
    );
    expect(issue("DescribeStaffInfoList", { SdkAppId: 1, PageSize: 10, PageNumber: -1 })).toBe(
      "InvalidParameterValue: PageNumber must be at least 0",
    );
    expect(issue("DescribeNumbers", { SdkAppId: 1, PageSize: "20" })).toBe(
      "InvalidParameterValue: PageSize must be an integer between 1 and 100",
    );
    expect(issue("DescribeNumbers", {})).toBe("MissingParameter: SdkAppId is a required parameter and is missing");
  });
});
