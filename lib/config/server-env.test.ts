import { describe, expect, it } from "vitest";
import { ConfigError } from "./ccc-env";
import { readServerSettings } from "./server-env";

describe("readServerSettings", () => {
  it("defaults to port 3000 on every interface, a 25 s shutdown and Node's keep-alive timeout", () => {
    expect(readServerSettings({})).toEqual({
      port: 3000,
      hostname: "0.0.0.0",
      shutdownTimeoutMs: 25_000,
      keepAliveTimeoutMs: undefined,
    });
  });

  it("reads each variable, blank ones counting as unset", () => {
    const env = { PORT: "0", HOSTNAME: "127.0.0.1", SHUTDOWN_TIMEOUT_MS: "1500", KEEP_ALIVE_TIMEOUT: "" };
    expect(readServerSettings(env)).toEqual({
      port: 0,
      hostname: "127.0.0.1",
      shutdownTimeoutMs: 1500,
      keepAliveTimeoutMs: undefined,
    });
    expect(readServerSettings({ KEEP_ALIVE_TIMEOUT: "65000" }).keepAliveTimeoutMs).toBe(65_000);
  });

  it.each([
    [{ PORT: "70000" }, "PORT must be between 0 (any free port) and 65535"],
    [{ PORT: "http" }, "PORT must be a TCP port number"],
    [{ SHUTDOWN_TIMEOUT_MS: "2.5" }, "SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds"],
    [{ SHUTDOWN_TIMEOUT_MS: "-1" }, "SHUTDOWN_TIMEOUT_MS must be between 0 and 600000"],
    [{ KEEP_ALIVE_TIMEOUT: "soon" }, "KEEP_ALIVE_TIMEOUT must be a whole number of milliseconds"],
  ])("refuses %o naming the variable and the rule", (env, message) => {
    expect(() => readServerSettings(env)).toThrow(ConfigError);
    expect(() => readServerSettings(env)).toThrow(`Invalid server configuration: ${message}`);
  });
});
