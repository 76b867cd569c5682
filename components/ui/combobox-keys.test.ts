import { describe, expect, it } from "vitest";
import { comboboxKey } from "./combobox-keys";

const open = (active: number, count = 5) => ({ open: true, active, count });
const closed = { open: false, active: -1, count: 5 };

describe("comboboxKey", () => {
  it("opens on the arrows: Down on the first option, Up on the last, Alt+Down without highlighting", () => {
    expect(comboboxKey("ArrowDown", closed)).toEqual({ type: "open", active: 0 });
    expect(comboboxKey("ArrowUp", closed)).toEqual({ type: "open", active: 4 });
    expect(comboboxKey("ArrowDown", { ...closed, altKey: true })).toEqual({ type: "open", active: -1 });
  });

  it("moves with the arrows and wraps at both ends", () => {
    expect(comboboxKey("ArrowDown", open(1))).toEqual({ type: "move", active: 2 });
    expect(comboboxKey("ArrowDown", open(4))).toEqual({ type: "move", active: 0 });
    expect(comboboxKey("ArrowUp", open(0))).toEqual({ type: "move", active: 4 });
    expect(comboboxKey("ArrowUp", { ...open(2), altKey: true })).toEqual({ type: "close" });
  });

  it("jumps with Home/End and PageUp/PageDown while open, and leaves them to the caret while closed", () => {
    expect(comboboxKey("Home", open(3))).toEqual({ type: "move", active: 0 });
    expect(comboboxKey("End", open(0))).toEqual({ type: "move", active: 4 });
    expect(comboboxKey("PageDown", open(1, 30))).toEqual({ type: "move", active: 11 });
    expect(comboboxKey("PageDown", open(25, 30))).toEqual({ type: "move", active: 29 });
    expect(comboboxKey("PageUp", open(4, 30))).toEqual({ type: "move", active: 0 });
    expect(comboboxKey("Home", closed)).toEqual({ type: "none" });
    expect(comboboxKey("End", closed)).toEqual({ type: "none" });
  });

  it("picks with Enter only when an option is highlighted in an open list", () => {
    expect(comboboxKey("Enter", open(2))).toEqual({ type: "pick", active: 2 });
    expect(comboboxKey("Enter", open(-1))).toEqual({ type: "none" });
    expect(comboboxKey("Enter", closed)).toEqual({ type: "none" });
  });

  it("closes on Escape, and reports Escape on a closed list to the owner", () => {
    expect(comboboxKey("Escape", open(1))).toEqual({ type: "close" });
    expect(comboboxKey("Escape", closed)).toEqual({ type: "escape-closed" });
    expect(comboboxKey("a", open(1))).toEqual({ type: "none" });
  });
});
