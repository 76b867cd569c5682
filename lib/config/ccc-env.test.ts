import { describe, expect, it } from "vitest";
import { ConfigError, readCccConfig } from "./ccc-env";

const required = {
  TENCENTCLOUD_SECRET_ID: "AKIDenvTest",
  TENCENTCLOUD_SECRET_KEY: "envTestSecretKey",
  CCC_SDK_APP_ID: "1400000001",
};

describe("CCC_READ_FRESH_MS", () => {
  it("defaults to 2000 ms, and a blank value counts as unset", () => {
    expect(readCccConfig(required).readFreshMs).toBe(2_000);
    expect(readCccConfig({ ...required, CCC_READ_FRESH_MS: "" }).readFreshMs).toBe(2_000);
  });

  it("takes 0 (caching off) up to 60000", () => {
    expect(readCccConfig({ ...required, CCC_READ_FRESH_MS: "0" }).readFreshMs).toBe(0);
    expect(readCccConfig({ ...required, CCC_READ_FRESH_MS: "60000" }).readFreshMs).toBe(60_000);
  });

  it.each([
    ["-1", "must be between 0 (off) and 60000"],
    ["60001", "must be between 0 (off) and 60000"],
    ["1.5", "must be a whole number of milliseconds"],
    ["soon", "must be a whole number of milliseconds"],
  ])("refuses %s naming the variable and the rule", (value, rule) => {
    const read = () => readCccConfig({ ...required, CCC_READ_FRESH_MS: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(`Invalid CCC configuration: CCC_READ_FRESH_MS ${rule}`);
  });
});

describe("CCC_PENDING_LEASE_MS", () => {
  it("defaults to 5 × CCC_TIMEOUT_MS + 60 s, longer than a write with its retries", () => {
    expect(readCccConfig(required).pendingLeaseMs).toBe(110_000);
    expect(readCccConfig({ ...required, CCC_TIMEOUT_MS: "2000" }).pendingLeaseMs).toBe(70_000);
    expect(readCccConfig({ ...required, CCC_PENDING_LEASE_MS: "8000" }).pendingLeaseMs).toBe(8_000);
  });

  it.each([
    ["999", "must be between 1000 and 86400000"],
    ["86400001", "must be between 1000 and 86400000"],
    ["a minute", "must be a whole number of milliseconds"],
  ])("refuses %s naming the variable and the rule", (value, rule) => {
    const read = () => readCccConfig({ ...required, CCC_PENDING_LEASE_MS: value });
    expect(read).toThrow(`Invalid CCC configuration: CCC_PENDING_LEASE_MS ${rule}`);
  });
});
