// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AVAILABLE_TIME_MAX, type CallableWindow } from "@/lib/campaigns/predictive/available-time";
import { zonedWallTimeToUnix } from "@/lib/time/zoned";
import messages from "@/messages/en";
import { CallableHoursField } from "./callable-hours-field";

const ZONE = "Europe/Berlin";
const at = (wall: string) => zonedWallTimeToUnix(wall, ZONE);

function Harness({
  initial,
  start,
  end,
  onChange,
}: {
  initial: CallableWindow[];
  start?: number;
  end?: number;
  onChange: (windows: CallableWindow[]) => void;
}) {
  const [windows, setWindows] = useState(initial);
  return (
    <NextIntlClientProvider locale="en" messages={messages} timeZone={ZONE}>
      <CallableHoursField
        id="availableTime"
        value={windows}
        onChange={(next) => {
          onChange(next);
          setWindows(next);
        }}
        startTime={start}
        endTime={end}
        timeZone={ZONE}
      />
    </NextIntlClientProvider>
  );
}

afterEach(cleanup);

function setup(initial: CallableWindow[], start?: number, end?: number) {
  const onChange = vi.fn();
  render(<Harness initial={initial} start={start} end={end} onChange={onChange} />);
  return { user: userEvent.setup(), onChange };
}

describe("CallableHoursField", () => {
  it("adds a first window of office hours and removes it again", async () => {
    const { user, onChange } = setup([]);
    expect(screen.getByText(/No windows: CCC may call at any hour/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Add window" }));
    expect(onChange).toHaveBeenLastCalledWith([{ start: "09:00", end: "18:00" }]);
    expect((screen.getByLabelText("From, window 1") as HTMLInputElement).value).toBe("09:00");
    await user.click(screen.getByRole("button", { name: "Remove window 1" }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it("warns only when start and end leave no window", () => {
    const windows = [{ start: "09:00", end: "12:00" }];
    setup(windows, at("2026-12-07T19:00"), at("2026-12-07T21:00"));
    expect(screen.getByTestId("callable-hours-warning").textContent).toContain("No calling window falls");
    cleanup();
    setup(windows, at("2026-12-07T11:00"), at("2026-12-07T21:00"));
    expect(screen.queryByTestId("callable-hours-warning")).toBeNull();
  });

  it("says in its table when the campaign can call each day", () => {
    setup([{ start: "09:00", end: "12:00" }], at("2026-12-07T10:00"), at("2026-12-08T23:00"));
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row");
    // Header, then seven days.
    expect(rows).toHaveLength(8);
    expect(rows[1]?.textContent).toContain("10:00–12:00");
    expect(rows[2]?.textContent).toContain("09:00–12:00");
    expect(rows[3]?.textContent).toContain("Not running");
  });

  it("offers no more windows than the maximum", () => {
    const many = Array.from({ length: AVAILABLE_TIME_MAX }, (_, i) => ({
      start: `${String(i).padStart(2, "0")}:00`,
      end: `${String(i).padStart(2, "0")}:30`,
    }));
    setup(many);
    expect((screen.getByRole("button", { name: "Add window" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
