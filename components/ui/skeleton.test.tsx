// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadingRegion, Skeleton } from "./skeleton";

afterEach(cleanup);

describe("LoadingRegion", () => {
  it("while busy: aria-busy, the label as a status message, placeholders hidden from screen readers", () => {
    render(
      <LoadingRegion busy label="Loading campaigns…" placeholder={<Skeleton className="h-4 w-40" />}>
        <p>Loaded</p>
      </LoadingRegion>,
    );
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Loading campaigns…");
    expect(status.parentElement?.getAttribute("aria-busy")).toBe("true");
    expect(screen.queryByText("Loaded")).toBeNull();
    expect(document.querySelector(".h-4")?.closest("[aria-hidden=true]")).not.toBeNull();
  });

  it("once loaded: the children, no aria-busy, an empty status", () => {
    render(
      <LoadingRegion busy={false} label="Loading campaigns…" placeholder={<Skeleton className="h-4 w-40" />}>
        <p>Loaded</p>
      </LoadingRegion>,
    );
    expect(screen.getByText("Loaded")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.getByRole("status").parentElement?.hasAttribute("aria-busy")).toBe(false);
    expect(document.querySelector(".h-4")).toBeNull();
  });
});
