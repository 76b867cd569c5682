// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en";
import { ErrorSummary, errorMessageOf, useErrorSummaryItems } from "./error-summary";

afterEach(cleanup);

const FIELDS = ["name", "callOrder", "variables"] as const;
const LABELS = { name: "Name", callOrder: "Call order", variables: "Variables" };

function Harness({ errors }: { errors: Record<string, unknown> }) {
  const items = useErrorSummaryItems(
    FIELDS,
    errors,
    (field) => LABELS[field],
    (key) => (key ? `«${key}»` : undefined),
  );
  return (
    <>
      <ErrorSummary items={items} />
      <input id="name" aria-label="Name" />
      <fieldset id="callOrder">
        <input type="radio" aria-label="In list order" />
      </fieldset>
    </>
  );
}

function show(errors: Record<string, unknown>) {
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <Harness errors={errors} />
    </NextIntlClientProvider>,
  );
}

describe("ErrorSummary", () => {
  it("lists the fields in error in form order, announces the count and links focus to each field", async () => {
    show({ callOrder: { message: "callOrderRequired" }, name: { message: "nameRequired" } });
    expect(screen.getByRole("status").textContent).toBe("2 fields need attention.");
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Name: «nameRequired»", "Call order: «callOrderRequired»"]);
    await userEvent.click(links[1] as HTMLElement);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("In list order");
    await userEvent.click(links[0] as HTMLElement);
    expect(document.activeElement?.id).toBe("name");
  });

  it("a list field with errors only on its rows names the first row and counts the rest; nothing in error shows nothing", () => {
    // react-hook-form's row errors: a sparse array, each row's fields with their messages (and DOM refs).
    const rows: unknown[] = [];
    rows[1] = { value: { message: "variableValueRequired", ref: document.body } };
    rows[3] = { key: { message: "variableKeyRequired" } };
    show({ variables: rows });
    expect(screen.getByRole("link").textContent).toBe("Variables, row 2 and 1 more: «variableValueRequired»");
    cleanup();
    show({ variables: [{ key: { message: "variableKeyRequired" } }] });
    expect(screen.getByRole("link").textContent).toBe("Variables, row 1: «variableKeyRequired»");
    cleanup();
    show({ variables: [{ key: { type: "custom" } }] });
    expect(screen.getByRole("link").textContent).toBe("Variables, row 1: Check this value.");
    cleanup();
    show({});
    expect(screen.queryByTestId("error-summary")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("reads a list's root message", () => {
    expect(errorMessageOf({ root: { message: "variablesMany" } })).toBe("variablesMany");
    expect(errorMessageOf(undefined)).toBeUndefined();
  });
});
