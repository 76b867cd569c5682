import { describe, expect, it } from "vitest";
import { ZCreateUserInput } from "./schemas";

const valid = {
  email: "new@test.local",
  displayName: "New",
  role: "viewer",
  timeZone: "Asia/Shanghai",
  sdkAppIds: [1400000001],
  password: "Str0ng-enough-pw",
};

describe("ZCreateUserInput display name", () => {
  it("refuses an unpaired surrogate (not storable as UTF-8) with its own code, and keeps a paired one", () => {
    for (const displayName of ["\uD800", "a\uDFFFb", "x\uD83D"]) {
      const result = ZCreateUserInput.safeParse({ ...valid, displayName });
      expect(result.success, JSON.stringify(displayName)).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["displayName", "displayNameInvalid"],
      ]);
    }
    expect(ZCreateUserInput.safeParse({ ...valid, displayName: "Ann 😀 王" }).success).toBe(true);
  });
});
