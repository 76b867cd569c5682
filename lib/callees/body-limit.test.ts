import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MAX_CALLEES, parseMaxCallees, STANDARD_MAX_CALLEES } from "./constants";
import {
  ACTION_BODY_LIMIT_BYTES,
  actionBodyLimitMiB,
  CALLEES_BODY_BUDGET_BYTES,
  estimateCccCalleesBytes,
  fitsActionBody,
} from "./wire";

const require = createRequire(import.meta.url);
const configPath = join(__dirname, "../../next.config.js");

/** next.config.js as `next build` sees it with CONSOLE_MAX_CALLEES = `raw`. */
function loadConfig(raw: string | undefined): { env?: Record<string, string>; bodySizeLimit?: string } {
  const saved = process.env.CONSOLE_MAX_CALLEES;
  if (raw === undefined) delete process.env.CONSOLE_MAX_CALLEES;
  else process.env.CONSOLE_MAX_CALLEES = raw;
  try {
    delete require.cache[require.resolve(configPath)];
    const config = require(configPath) as {
      env?: Record<string, string>;
      experimental?: { serverActions?: { bodySizeLimit?: string } };
    };
    return { env: config.env, bodySizeLimit: config.experimental?.serverActions?.bodySizeLimit };
  } finally {
    if (saved === undefined) delete process.env.CONSOLE_MAX_CALLEES;
    else process.env.CONSOLE_MAX_CALLEES = saved;
  }
}

const worstCase = (count: number) => Array.from({ length: count }, (_, i) => `+1${String(i).padStart(14, "9")}`);

describe("CONSOLE_MAX_CALLEES", () => {
  afterEach(() => delete require.cache[require.resolve(configPath)]);

  it("defaults to 100,000 and accepts whole numbers from 1 to 500,000", () => {
    expect(parseMaxCallees(undefined)).toBe(STANDARD_MAX_CALLEES);
    expect(parseMaxCallees(" ")).toBe(100_000);
    expect(parseMaxCallees("1")).toBe(1);
    expect(parseMaxCallees("250000")).toBe(250_000);
    expect(parseMaxCallees("500000")).toBe(500_000);
    for (const bad of ["0", "500001", "1.5", "-3", "1e5", "lots"]) {
      expect(() => parseMaxCallees(bad)).toThrow(/CONSOLE_MAX_CALLEES must be a whole number from 1 to 500,000/);
    }
    expect(DEFAULT_MAX_CALLEES).toBe(100_000);
  });

  it("sets next.config.js's body limit with the same arithmetic as the list input's check, and inlines the value", () => {
    for (const [raw, max] of [
      [undefined, 100_000],
      ["1000", 1_000],
      ["250000", 250_000],
      ["500000", 500_000],
    ] as const) {
      const config = loadConfig(raw);
      expect(config.env?.CONSOLE_MAX_CALLEES).toBe(String(max));
      expect(config.bodySizeLimit).toBe(`${actionBodyLimitMiB(max)}mb`);
    }
    expect(loadConfig(undefined).bodySizeLimit).toBe("3mb");
    expect(ACTION_BODY_LIMIT_BYTES).toBe(3 * 1024 * 1024);
    expect(() => loadConfig("600000")).toThrow(/CONSOLE_MAX_CALLEES must be a whole number/);
  });
});

describe("server action body limit", () => {
  it("fits the maximum of the longest possible E.164 numbers", () => {
    const worst = worstCase(DEFAULT_MAX_CALLEES);
    expect(worst[0]).toHaveLength(16);
    expect(estimateCccCalleesBytes(worst)).toBeLessThanOrEqual(CALLEES_BODY_BUDGET_BYTES);
    expect(fitsActionBody(worst)).toBe(true);
  });

  it("fits any configured maximum", () => {
    for (const max of [1, 1_000, 250_000, 500_000]) {
      const limit = actionBodyLimitMiB(max) * 1024 * 1024;
      expect(worstCase(max).join("\n").length + 256 * 1024).toBeLessThan(limit);
    }
  });

  it("refuses a list that would not fit", () => {
    expect(fitsActionBody(worstCase(200_000))).toBe(false);
  });
});
