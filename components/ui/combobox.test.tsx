// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Combobox } from "./combobox";
import { Field } from "./field";

const FRUITS = ["Apple", "Apricot", "Banana", "Blueberry", "Cherry", "Date", "Fig", "Grape"];

/** A free-text combobox over FRUITS, narrowed by what is typed, inside a form that records submits. */
function Harness({ onSubmit }: { onSubmit: () => void }) {
  const [text, setText] = useState("");
  const shown = FRUITS.filter((fruit) => fruit.toLowerCase().includes(text.toLowerCase()));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field id="fruit" label="Fruit" hint="Type to search" error={text === "x" ? "No x." : undefined}>
        <Combobox
          inputValue={text}
          onInputChange={setText}
          groups={[{ key: "fruits", items: shown }]}
          itemKey={(fruit) => fruit}
          renderItem={(fruit) => fruit}
          onSelect={setText}
        />
      </Field>
    </form>
  );
}

const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // happy-dom has no layout: record which option was asked to scroll into view, and how.
  vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(function (this: HTMLElement, options) {
    expect(options).toEqual({ block: "nearest" });
    scrolled.push(this.textContent ?? "");
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const onSubmit = vi.fn();
  render(<Harness onSubmit={onSubmit} />);
  const input = screen.getByRole("combobox", { name: "Fruit" });
  const active = () => {
    const id = input.getAttribute("aria-activedescendant");
    return id ? document.getElementById(id)?.textContent : undefined;
  };
  return { user: userEvent.setup(), input, active, onSubmit };
}

describe("Combobox", () => {
  it("is labelled by its Field, list and all, and starts closed", () => {
    const { input } = setup();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.getAttribute("aria-autocomplete")).toBe("list");
    expect(input.getAttribute("aria-describedby")).toBe("fruit-hint");
    expect(screen.queryByRole("option")).toBeNull();
    const list = document.getElementById(input.getAttribute("aria-controls") ?? "");
    expect(list?.getAttribute("role")).toBe("listbox");
    expect(list?.getAttribute("aria-labelledby")).toBe("fruit-label");
  });

  it("moves through the options with the arrows (wrapping) and scrolls each into view", async () => {
    const { user, input, active } = setup();
    await user.click(input);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getAllByRole("option")).toHaveLength(FRUITS.length);
    expect(active()).toBe("Apple");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(active()).toBe("Banana");
    expect(screen.getByRole("option", { name: "Banana" }).getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    expect(active()).toBe("Grape");
    expect(scrolled).toEqual(["Apple", "Apricot", "Banana", "Apricot", "Apple", "Grape"]);
  });

  it("jumps to the ends with Home and End", async () => {
    const { user, input, active } = setup();
    await user.click(input);
    await user.keyboard("{End}");
    expect(active()).toBe("Grape");
    await user.keyboard("{Home}");
    expect(active()).toBe("Apple");
    expect(scrolled.slice(-2)).toEqual(["Grape", "Apple"]);
  });

  it("filters as one types, and Enter picks the highlighted option without submitting the form", async () => {
    const { user, input, active, onSubmit } = setup();
    await user.type(input, "ap");
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["Apple", "Apricot", "Grape"]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(input).toHaveProperty("value", "Apricot");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(onSubmit).not.toHaveBeenCalled();
    // Closed, Enter is the form's again.
    await user.keyboard("{Enter}");
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(active()).toBeUndefined();
  });

  it("closes on Escape, keeping the text, and reopens on ArrowDown", async () => {
    const { user, input } = setup();
    await user.type(input, "b");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    await user.keyboard("{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input).toHaveProperty("value", "b");
    await user.keyboard("{ArrowDown}");
    expect(input.getAttribute("aria-expanded")).toBe("true");
  });

  it("picks with the mouse and stays closed when nothing matches", async () => {
    const { user, input } = setup();
    await user.click(input);
    await user.click(screen.getByRole("option", { name: "Cherry" }));
    expect(input).toHaveProperty("value", "Cherry");
    await user.clear(input);
    await user.type(input, "zzz");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.hasAttribute("aria-activedescendant")).toBe(false);
  });

  it("takes aria-invalid and the error from its Field", async () => {
    const { user, input } = setup();
    await act(() => user.type(input, "x"));
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("fruit-hint fruit-error");
  });
});
