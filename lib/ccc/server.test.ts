import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../config/ccc-env";
import { cccConfig, getCccClient } from "./server";
import { rejection } from "./testing/ccc-test-server";

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

describe("getCccClient's limiter", () => {
  it("draws on the PostgreSQL budget when DATABASE_URL is set, failing closed when it cannot reach it", async () => {
    // Port 9 (discard) on loopback: nothing listens, so the limiter's query is refused before any CCC request.
    vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:9/none");
    const error = await rejection(getCccClient().describeNumbers({ SdkAppId: 1400000001 }));
    expect(error).toMatchObject({ code: "InternalError.RateLimiter", cause: { code: "ECONNREFUSED" } });
  });

  it("uses the in-memory budget without DATABASE_URL (the CCC endpoint itself is refused)", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const error = await rejection(getCccClient().describeNumbers({ SdkAppId: 1400000001 }));
    expect(error.code).toBe("Network.ConnectionRefused");
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
