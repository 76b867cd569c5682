// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FetchError } from "@/lib/queries/fetch-json";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";
import { Freshness, type FreshnessProps } from "./freshness";

const START = Date.UTC(2026, 0, 5, 9, 0, 0);

function show(props: Partial<FreshnessProps> = {}, locale: "en" | "zh-CN" = "en") {
  const wrap = (node: ReactNode) => (
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
      {node}
    </NextIntlClientProvider>
  );
  const all = { updatedAt: START, intervalMs: 10_000, ...props } as FreshnessProps;
  const view = render(wrap(<Freshness {...all} />));
  return { ...view, update: (next: Partial<FreshnessProps>) => view.rerender(wrap(<Freshness {...all} {...next} />)) };
}

const age = () => screen.getByTestId("freshness-age").textContent;
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

let visibility: DocumentVisibilityState = "visible";
beforeEach(() => {
  vi.useFakeTimers({ now: START });
  visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("Freshness", () => {
  it("ticks every second: just now, N s ago, then minutes and hours", () => {
    show();
    expect(age()).toBe("Updated just now");
    tick(1_000);
    expect(age()).toBe("Updated 1 s ago");
    tick(11_000);
    expect(age()).toBe("Updated 12 s ago");
    tick(48_000);
    expect(age()).toBe("Updated 1 min ago");
    tick(3_600_000);
    expect(age()).toBe("Updated 1 h ago");
  });

  it("starts over when new data arrives, and never counts below zero", () => {
    const view = show();
    tick(7_000);
    expect(age()).toBe("Updated 7 s ago");
    view.update({ updatedAt: START + 7_000 });
    expect(age()).toBe("Updated just now");
    view.update({ updatedAt: START + 60_000 });
    expect(age()).toBe("Updated just now");
  });

  it("the ticking text is not a live region; the failure line is, and it is empty while all is well", () => {
    show();
    const text = screen.getByTestId("freshness-age");
    expect(text.closest("[aria-live],[role=status],[role=alert]")).toBeNull();
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    expect(status.contains(text)).toBe(false);
  });

  it("says when a refresh failed, with CCC's code and RequestId, and keeps the age of the data shown", () => {
    const view = show();
    tick(15_000);
    view.update({ failure: new FetchError({ status: 502, code: "InternalError", requestId: "req-42" }) });
    expect(screen.getByRole("status").textContent).toBe(
      "Refresh failed: CCC had an internal error (InternalError). Showing the last data loaded.CCC RequestId req-42",
    );
    expect(age()).toBe("Updated 15 s ago");
    view.update({ failure: new FetchError({ status: 0, code: "network" }) });
    expect(screen.getByRole("status").textContent).toContain("The console server could not be reached.");
    view.update({ failure: new FetchError({ status: 401, code: "unauthenticated" }) });
    expect(screen.getByRole("status").textContent).toContain("Your session has ended.");
    view.update({ failure: null });
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("shows whether it polls: every N s, paused while the tab is hidden, or stopped", () => {
    const view = show({ intervalMs: 5_000 });
    const root = screen.getByTestId("freshness");
    expect(root.getAttribute("data-polling")).toBe("on");
    expect(root.textContent).toContain("Refreshes every 5 s");
    act(() => {
      visibility = "hidden";
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(root.getAttribute("data-polling")).toBe("hidden");
    expect(root.textContent).toContain("Refreshing is paused while this tab is hidden");
    view.update({ intervalMs: false, stoppedText: "The campaign has ended." });
    expect(root.getAttribute("data-polling")).toBe("off");
    expect(root.textContent).toContain("The campaign has ended.");
  });

  it("speaks Chinese", () => {
    show({}, "zh-CN");
    tick(3_000);
    expect(age()).toBe("3 秒前更新");
    expect(screen.getByTestId("freshness").textContent).toContain("每 10 秒刷新一次");
  });
});
