import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_CALLEES } from "./constants";
import { ACTION_BODY_LIMIT_BYTES, CALLEES_BODY_BUDGET_BYTES, estimateCccCalleesBytes, fitsActionBody } from "./wire";

describe("server action body limit", () => {
  it("matches next.config.js", () => {
    const config = readFileSync(join(__dirname, "../../next.config.js"), "utf8");
    const match = /bodySizeLimit:\s*"(\d+)mb"/.exec(config);
    expect(match).not.toBeNull();
    expect(Number(match?.[1]) * 1024 * 1024).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it("fits the default maximum of the longest possible E.164 numbers", () => {
    const worst = Array.from({ length: DEFAULT_MAX_CALLEES }, (_, i) => `+1${String(i).padStart(14, "9")}`);
    expect(worst[0]).toHaveLength(16);
    expect(estimateCccCalleesBytes(worst)).toBeLessThanOrEqual(CALLEES_BODY_BUDGET_BYTES);
    expect(fitsActionBody(worst)).toBe(true);
  });

  it("refuses a list that would not fit", () => {
    const tooMany = Array.from({ length: 200_000 }, (_, i) => `+1${String(i).padStart(14, "9")}`);
    expect(fitsActionBody(tooMany)).toBe(false);
  });
});
