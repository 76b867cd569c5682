/** The request-budget settings: defaults, accepted values, and refusals that name the variable and the rule. */
import { describe, expect, it } from "vitest";
import { ConfigError, readCccConfig } from "./ccc-env";

const read = (env: Record<string, string>) => readCccConfig({ CCC_ENDPOINT: "http://127.0.0.1:9", ...env }, true);

describe("CCC_RATE_LIMIT_PER_SECOND / CCC_RATE_LIMIT_GUARD", () => {
  it("default to CCC's 20 per second with guard 0.04; blank counts as unset", () => {
    expect(read({}).rateLimit).toEqual({ perSecond: 20, guard: 0.04 });
    expect(read({ CCC_RATE_LIMIT_PER_SECOND: "", CCC_RATE_LIMIT_GUARD: "" }).rateLimit).toEqual({
      perSecond: 20,
      guard: 0.04,
    });
  });

  it("accept a whole rate from 1 to 1000 and a guard from 0 to 1", () => {
    expect(read({ CCC_RATE_LIMIT_PER_SECOND: "1000", CCC_RATE_LIMIT_GUARD: "0" }).rateLimit).toEqual({
      perSecond: 1000,
      guard: 0,
    });
    expect(read({ CCC_RATE_LIMIT_PER_SECOND: "1", CCC_RATE_LIMIT_GUARD: "1" }).rateLimit).toEqual({
      perSecond: 1,
      guard: 1,
    });
  });

  it.each([
    ["CCC_RATE_LIMIT_PER_SECOND", "0", "must be a whole number from 1 to 1000"],
    ["CCC_RATE_LIMIT_PER_SECOND", "20.5", "must be a whole number from 1 to 1000"],
    ["CCC_RATE_LIMIT_PER_SECOND", "many", "must be a whole number from 1 to 1000"],
    ["CCC_RATE_LIMIT_PER_SECOND", "1001", "must be a whole number from 1 to 1000"],
    ["CCC_RATE_LIMIT_GUARD", "-0.1", "must be a number from 0 to 1"],
    ["CCC_RATE_LIMIT_GUARD", "10%", "must be a number from 0 to 1"],
    ["CCC_RATE_LIMIT_GUARD", "1.5", "must be a number from 0 to 1"],
  ])("refuses %s=%s, naming it and the rule", (name, value, rule) => {
    expect(() => read({ [name]: value })).toThrow(ConfigError);
    expect(() => read({ [name]: value })).toThrow(`${name} ${rule}`);
  });
});
