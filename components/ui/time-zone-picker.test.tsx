// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import messages from "@/messages/en";
import { TimeZonePicker } from "./time-zone-picker";

function Harness({ initial, onChange }: { initial: string; onChange: (zone: string) => void }) {
  const [zone, setZone] = useState(initial);
  return (
    <NextIntlClientProvider locale="en" messages={messages}>
      <TimeZonePicker
        id="timeZone"
        value={zone}
        onChange={(next) => {
          onChange(next);
          setZone(next);
        }}
      />
      <output data-testid="zone">{zone}</output>
    </NextIntlClientProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(initial = "Asia/Shanghai") {
  vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(() => {});
  const onChange = vi.fn();
  render(<Harness initial={initial} onChange={onChange} />);
  const input = screen.getByRole("combobox", { name: "Time zone" });
  return { user: userEvent.setup(), input, onChange };
}

describe("TimeZonePicker", () => {
  it("shows the zone, and opens on it with common zones in their own group first", async () => {
    const { user, input } = setup("Europe/London");
    expect(input).toHaveProperty("value", "Europe/London");
    await user.keyboard("{Tab}");
    await user.keyboard("{ArrowDown}");
    const groups = screen.getAllByRole("group");
    expect(groups.map((group) => group.getAttribute("aria-labelledby") && group.firstChild?.textContent)).toEqual([
      "Common time zones",
      "All time zones",
    ]);
    const active = document.getElementById(input.getAttribute("aria-activedescendant") ?? "");
    expect(active?.getAttribute("data-value")).toBe("Europe/London");
    // London's offset depends on the date (GMT or BST).
    expect(active?.textContent).toMatch(/^Europe\/LondonUTC\+0[01]:00$/);
  });

  it("searches as one types and picks with Enter", async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.keyboard("new york");
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.getAttribute("data-value"))).toEqual(["America/New_York"]);
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("America/New_York");
    expect(input).toHaveProperty("value", "America/New_York");
  });

  it("selects the text on focus, so typing replaces the zone", async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.keyboard("UTC{Enter}");
    expect(onChange).toHaveBeenLastCalledWith("UTC");
    expect(screen.getByTestId("zone").textContent).toBe("UTC");
  });

  it("takes an exactly typed zone on leaving, and reverts anything else", async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.keyboard("asia/tokyo");
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith("Asia/Tokyo");
    expect(input).toHaveProperty("value", "Asia/Tokyo");

    await user.click(input);
    await user.keyboard("Atlantis");
    expect(
      screen.getByText("No time zone matches “Atlantis”. Keep typing, or press Escape to keep Asia/Tokyo."),
    ).toBeTruthy();
    expect(input.getAttribute("aria-describedby")).toBe("timeZone-hint timeZone-status");
    await user.tab();
    expect(input).toHaveProperty("value", "Asia/Tokyo");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("reverts the text on Escape once the list is closed", async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.keyboard("tok");
    await user.keyboard("{Escape}");
    expect(input).toHaveProperty("value", "tok");
    await user.keyboard("{Escape}");
    expect(input).toHaveProperty("value", "Asia/Shanghai");
    expect(onChange).not.toHaveBeenCalled();
  });
});
