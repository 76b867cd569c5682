import { describe, expect, it } from "vitest";
import {
  countLinesUpTo,
  dropInto,
  EDITABLE_MAX_CHARS,
  EDITABLE_MAX_LINES,
  HOLD_OVER_CHARS,
  HOLD_OVER_LINES,
  isEditable,
  pasteInto,
  shouldHold,
} from "./large-paste";

const lines = (count: number, line = "13800138000") => Array.from({ length: count }, () => line).join("\n");

describe("countLinesUpTo", () => {
  it("counts lines, stopping one past the limit", () => {
    expect(countLinesUpTo("", 10)).toBe(1);
    expect(countLinesUpTo("a\nb\nc", 10)).toBe(3);
    expect(countLinesUpTo("a\nb\nc\n", 10)).toBe(4);
    expect(countLinesUpTo(lines(5_000), 100)).toBe(101);
  });
});

describe("shouldHold", () => {
  it("holds text over the line limit, however short", () => {
    expect(shouldHold(lines(HOLD_OVER_LINES, "1"))).toBe(false);
    expect(shouldHold(lines(HOLD_OVER_LINES + 1, "1"))).toBe(true);
  });

  it("holds text over the character limit, even on one line", () => {
    expect(shouldHold("1".repeat(HOLD_OVER_CHARS))).toBe(false);
    expect(shouldHold("1".repeat(HOLD_OVER_CHARS + 1))).toBe(true);
  });

  it("lets what people type or paste by hand through", () => {
    expect(shouldHold("")).toBe(false);
    expect(shouldHold(lines(200))).toBe(false);
  });
});

describe("isEditable", () => {
  it("offers a held text back as text up to its own, larger limits", () => {
    expect(isEditable(lines(EDITABLE_MAX_LINES, "1"))).toBe(true);
    expect(isEditable(lines(EDITABLE_MAX_LINES + 1, "1"))).toBe(false);
    expect(isEditable("1".repeat(EDITABLE_MAX_CHARS))).toBe(true);
    expect(isEditable("1".repeat(EDITABLE_MAX_CHARS + 1))).toBe(false);
    expect(EDITABLE_MAX_LINES).toBeGreaterThan(HOLD_OVER_LINES);
  });
});

describe("pasteInto", () => {
  it("replaces the selection like the browser does", () => {
    expect(pasteInto("abc\ndef", 4, 7, "xyz")).toBe("abc\nxyz");
    expect(pasteInto("abc", 3, 3, "\ndef")).toBe("abc\ndef");
    expect(pasteInto("abc", 1, 2, "Z")).toBe("aZc");
  });

  it("returns the pasted string itself when it replaces everything", () => {
    const pasted = lines(3);
    expect(pasteInto("", 0, 0, pasted)).toBe(pasted);
    expect(pasteInto("old", 0, 3, pasted)).toBe(pasted);
  });
});

describe("dropInto", () => {
  it("appends dropped text on its own line", () => {
    expect(dropInto("", "b")).toBe("b");
    expect(dropInto("a", "b")).toBe("a\nb");
    expect(dropInto("a\n", "b")).toBe("a\nb");
  });
});
