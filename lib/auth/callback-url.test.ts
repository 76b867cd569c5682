import { describe, expect, it } from "vitest";
import { HOME_PATH, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeCallbackPath("/campaigns/predictive?app=1400000002&page=2")).toBe(
      "/campaigns/predictive?app=1400000002&page=2",
    );
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "campaigns",
    "/sign-in",
    "/a\nb",
    undefined,
    42,
  ])("refuses %s", (value) => {
    expect(safeCallbackPath(value)).toBe(HOME_PATH);
  });
});
