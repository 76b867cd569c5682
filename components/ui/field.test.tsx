// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Field, FieldSet, Input, RadioGroup, Select, Textarea, useFieldControl } from "./field";

afterEach(cleanup);

/** A control the kit does not ship, wired through the hook. */
function Custom() {
  return <input type="range" {...useFieldControl()} />;
}

describe("Field", () => {
  it("ties the label, hint and error to the input and marks it invalid", () => {
    render(
      <Field id="name" label="Name" hint="Up to 50 characters" error="Enter a name.">
        <Input />
      </Field>,
    );
    const input = screen.getByLabelText("Name");
    expect(input.id).toBe("name");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("name-hint name-error");
    expect(document.getElementById("name-hint")?.textContent).toBe("Up to 50 characters");
    expect(document.getElementById("name-error")?.textContent).toBe("Enter a name.");
  });

  it("leaves aria-invalid and aria-describedby off when there is nothing to describe", () => {
    render(
      <Field id="plain" label="Plain">
        <Input />
      </Field>,
    );
    const input = screen.getByLabelText("Plain");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });

  it("generates an id with useId when none is given, unique per field", () => {
    render(
      <>
        <Field label="First" error="Wrong.">
          <Select>
            <option>a</option>
          </Select>
        </Field>
        <Field label="Second">
          <Textarea />
        </Field>
      </>,
    );
    const first = screen.getByLabelText("First");
    const second = screen.getByLabelText("Second");
    expect(first.tagName).toBe("SELECT");
    expect(second.tagName).toBe("TEXTAREA");
    expect(first.id).not.toBe("");
    expect(first.id).not.toBe(second.id);
    expect(first.getAttribute("aria-describedby")).toBe(`${first.id}-error`);
    expect(document.getElementById(`${first.id}-error`)?.textContent).toBe("Wrong.");
  });

  it("puts a control's own descriptions between the hint and the error; its own aria-invalid wins", () => {
    render(
      <Field id="agent" label="Agent" hint="Pick one" error="Unknown agent.">
        <Input aria-describedby="agent-status" aria-invalid={false} />
      </Field>,
    );
    const input = screen.getByLabelText("Agent");
    expect(input.getAttribute("aria-describedby")).toBe("agent-hint agent-status agent-error");
    expect(input.getAttribute("aria-invalid")).toBe("false");
  });

  it("wires any element through useFieldControl", () => {
    render(
      <Field id="rate" label="Rate" error="Too high.">
        <Custom />
      </Field>,
    );
    const slider = screen.getByLabelText("Rate");
    expect(slider.getAttribute("aria-invalid")).toBe("true");
    expect(slider.getAttribute("aria-describedby")).toBe("rate-error");
  });

  it("keeps a control outside any Field untouched", () => {
    render(<Input aria-label="Loose" />);
    const input = screen.getByLabelText("Loose");
    expect(input.hasAttribute("id")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });
});

describe("FieldSet and RadioGroup", () => {
  it("describes a checkbox group by its hint and error, without aria-invalid on the group", () => {
    render(
      <FieldSet id="apps" legend="Apps" hint="Pick at least one" error="Choose an app.">
        <input type="checkbox" aria-label="1400000001" />
      </FieldSet>,
    );
    const group = screen.getByRole("group", { name: "Apps" });
    expect(group.getAttribute("aria-describedby")).toBe("apps-hint apps-error");
    expect(group.hasAttribute("aria-invalid")).toBe(false);
  });

  it("makes radios a radiogroup that carries aria-invalid, in the given option order", () => {
    const picked: number[] = [];
    render(
      <RadioGroup
        id="callOrder"
        legend="Call order"
        error="Pick an order."
        name="callOrder"
        value={1}
        options={[
          { value: 0, label: "Random" },
          { value: 1, label: "In list order" },
        ]}
        onChange={(value) => picked.push(value)}
      />,
    );
    const group = screen.getByRole("radiogroup", { name: "Call order" });
    expect(group.getAttribute("aria-invalid")).toBe("true");
    expect(group.getAttribute("aria-describedby")).toBe("callOrder-error");
    const radios = screen.getAllByRole("radio");
    expect(radios.map((radio) => radio.parentElement?.textContent)).toEqual(["Random", "In list order"]);
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    radios[0]?.click();
    expect(picked).toEqual([0]);
  });
});
