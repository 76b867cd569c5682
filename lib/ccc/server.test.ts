import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../config/ccc-env";
import { cccConfig, getCccClient } from "./server";

const GLOBAL_KEY = Symbol.for("ccc-console.ccc");
const forget = () => Reflect.deleteProperty(globalThis, GLOBAL_KEY);

beforeEach(() => {
  forget();
  vi.stubEnv("TENCENTCLOUD_SECRET_ID", "AKIDserverTest");
  vi.stubEnv("TENCENTCLOUD_SECRET_KEY", "serverTestSecretKeyValue");
  vi.stubEnv("TENCENTCLOUD_SESSION_TOKEN", "serverTestToken");
  vi.stubEnv("CCC_SDK_APP_ID", "1400000001, 1400000002");
  vi.stubEnv("CCC_ENDPOINT", "http://127.0.0.1:9/");
});
afterEach(() => {
  vi.unstubAllEnvs();
  forget();
});

describe("getCccClient", () => {
  it("is one client per process, kept on globalThis across module reloads", async () => {
    const first = getCccClient();
    expect(getCccClient()).toBe(first);
    vi.resetModules();
    const reloaded = await import("./server");
    expect(reloaded.getCccClient()).toBe(first);
  });

  it("fails with ConfigError naming the missing variable", () => {
    vi.stubEnv("TENCENTCLOUD_SECRET_KEY", "");
    expect(() => getCccClient()).toThrow(ConfigError);
    expect(() => getCccClient()).toThrow(/TENCENTCLOUD_SECRET_KEY/);
  });
});

describe("cccConfig", () => {
  it("lists the configured apps and endpoint, and nothing secret", () => {
    const config = cccConfig();
    expect(config).toEqual({
      endpoint: "http://127.0.0.1:9",
      sdkAppIds: [1400000001, 1400000002],
      region: undefined,
      language: undefined,
      timeoutMs: 10_000,
    });
    const text = JSON.stringify(config);
    for (const secret of ["AKIDserverTest", "serverTestSecretKeyValue", "serverTestToken"]) {
      expect(text).not.toContain(secret);
    }
    expect(Object.isFrozen(config)).toBe(true);
  });
});
