import { describe, expect, it } from "vitest";
import { ZNote } from "./schemas";

describe("ZNote", () => {
  it("takes what people type, and refuses what PostgreSQL cannot store, naming the rule", () => {
    expect(ZNote.parse("  Asked not to be called — 客户要求  ")).toBe("Asked not to be called — 客户要求");
    expect(ZNote.parse("😀")).toBe("😀");
    for (const bad of ["before\u0000after", "\uD800 half an emoji"]) {
      expect(ZNote.safeParse(bad).error?.issues[0]?.message).toBe("noteInvalid");
    }
    expect(ZNote.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("noteTooLong");
  });
});
