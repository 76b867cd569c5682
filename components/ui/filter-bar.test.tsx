// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button, buttonVariants } from "./button";
import { Field, Input, Select } from "./field";
import { FilterBar } from "./filter-bar";
import { FormSection } from "./form-section";

afterEach(cleanup);

function Bar({ active, onApply }: { active: boolean; onApply?: (fields: URLSearchParams) => void }) {
  return (
    <FilterBar
      label="Filters"
      action="/audit"
      onApply={onApply}
      applyLabel="Apply filters"
      clearLabel="Clear filters"
      clearHref="/audit"
      active={active}
    >
      <Field id="f-action" label="Action">
        <Input name="action" defaultValue=" user.create " />
      </Field>
      <Field id="f-user" label="User">
        <Select name="user" defaultValue="">
          <option value="">Any user</option>
        </Select>
      </Field>
    </FilterBar>
  );
}

describe("FilterBar", () => {
  it("is a named search landmark holding a GET form to the list, Clear only while filtered", () => {
    const { container } = render(<Bar active={false} />);
    // <search> is the search landmark in browsers (Testing Library's role table predates the element).
    const search = container.querySelector("search");
    expect(search?.getAttribute("aria-label")).toBe("Filters");
    const form = search?.querySelector("form");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.getAttribute("action")).toBe("/audit");
    expect(screen.queryByRole("link", { name: "Clear filters" })).toBeNull();
    cleanup();
    render(<Bar active />);
    expect(screen.getByRole("link", { name: "Clear filters" }).getAttribute("href")).toBe("/audit");
  });

  it("hands the set fields, trimmed, to onApply on submit and nothing before", async () => {
    const onApply = vi.fn();
    render(<Bar active={false} onApply={onApply} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Action"), "x");
    expect(onApply).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(String(onApply.mock.calls[0]?.[0])).toBe("action=user.create+x");
  });
});

describe("Button and FormSection", () => {
  it("defaults to a non-submitting secondary button and takes variants from one table", () => {
    render(
      <form>
        <Button>Cancel</Button>
        <Button type="submit" variant="primary" size="lg" className="w-full">
          Save
        </Button>
      </form>,
    );
    expect(screen.getByRole("button", { name: "Cancel" }).getAttribute("type")).toBe("button");
    const save = screen.getByRole("button", { name: "Save" });
    expect(save.getAttribute("type")).toBe("submit");
    expect(save.className).toBe(buttonVariants({ variant: "primary", size: "lg", className: "w-full" }));
    expect(save.className).toContain("bg-accent");
    expect(save.className).toContain("w-full");
    expect(buttonVariants({ variant: "link" })).not.toMatch(/\bp[xy]-/);
    expect(buttonVariants({ size: "sm" })).toContain("px-2.5 py-1");
  });

  it("makes a titled section a fieldset named by its heading, disabling every control at once", () => {
    render(
      <FormSection title="Schedule" disabled>
        <Field id="start" label="Start">
          <Input />
        </Field>
      </FormSection>,
    );
    const group = screen.getByRole("group", { name: "Schedule" });
    expect(group.tagName).toBe("FIELDSET");
    expect(screen.getByRole("heading", { level: 2, name: "Schedule" })).toBeTruthy();
    // The browser disables every control inside a disabled fieldset (happy-dom does not model that part).
    expect((group as HTMLFieldSetElement).disabled).toBe(true);
  });
});
