// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionError } from "@/lib/actions/action-error";
import { placeActionError, UNPLACED_FIELD } from "./place-action-error";
import { useActionErrors } from "./use-action-errors";

afterEach(cleanup);

interface Values {
  name: string;
  uui: string;
  ivrId: string;
}
const FIELDS = ["name", "ivrId", "uui"] as const;

/** A form rendering three fields, exposing the hook's apply for the test to drive. */
function Harness({
  onReady,
}: {
  onReady: (apply: (failed: ActionError | undefined) => ActionError | undefined) => void;
}) {
  const form = useForm<Values>({ defaultValues: { name: "", uui: "", ivrId: "" } });
  const { failure, apply } = useActionErrors(form, FIELDS);
  onReady(apply);
  const { errors } = form.formState;
  return (
    <form>
      {FIELDS.map((field) => (
        <div key={field}>
          <label htmlFor={field}>{field}</label>
          <input id={field} aria-invalid={errors[field] ? true : undefined} {...form.register(field)} />
          {errors[field] ? <p data-testid={`${field}-error`}>{errors[field]?.message}</p> : null}
        </div>
      ))}
      <p data-testid="form-level">
        {failure?.formError ? `${failure.formError.code}|${failure.formError.message}` : ""}
      </p>
    </form>
  );
}

function renderHarness() {
  let apply: (failed: ActionError | undefined) => ActionError | undefined = () => undefined;
  render(<Harness onReady={(fn) => (apply = fn)} />);
  return (failed: ActionError | undefined) => {
    let result: ActionError | undefined;
    act(() => {
      result = apply(failed);
    });
    return result;
  };
}

describe("useActionErrors", () => {
  it("puts each field error on its field and focuses the first in form order", () => {
    const apply = renderHarness();
    const left = apply({ fieldErrors: { uui: ["InvalidParameterValue"], ivrId: ["InvalidParameter"] } });
    expect(left).toBeUndefined();
    expect(screen.getByTestId("uui-error").textContent).toBe("InvalidParameterValue");
    expect(screen.getByTestId("ivrId-error").textContent).toBe("InvalidParameter");
    expect(screen.getByLabelText("ivrId").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("name-error")).toBeNull();
    // ivrId comes before uui in the form, whatever order the server listed them in.
    expect(document.activeElement?.id).toBe("ivrId");
    expect(screen.getByTestId("form-level").textContent).toBe("");
  });

  it("turns an error about a field the form does not render into a form-level error, keeping the RequestId", () => {
    const apply = renderHarness();
    const left = apply({
      fieldErrors: { sdkAppId: ["InvalidParameterValue"] },
      requestId: "req-1",
      changed: "no",
    });
    expect(left).toEqual({
      fieldErrors: {},
      formError: { code: UNPLACED_FIELD, message: "sdkAppId: InvalidParameterValue" },
      requestId: "req-1",
      changed: "no",
    });
    expect(screen.getByTestId("form-level").textContent).toBe(`${UNPLACED_FIELD}|sdkAppId: InvalidParameterValue`);
    for (const field of FIELDS) expect(screen.getByLabelText(field).hasAttribute("aria-invalid")).toBe(false);
    expect(document.activeElement?.tagName).not.toBe("INPUT");
  });

  it("keeps the server's formError, places what it can and clears the notice on the next success", () => {
    const apply = renderHarness();
    apply({
      fieldErrors: { name: ["nameRequired"], campaignId: ["x"] },
      formError: { code: "InternalError", message: "CCC reported an internal error." },
    });
    expect(screen.getByTestId("name-error").textContent).toBe("nameRequired");
    expect(screen.getByTestId("form-level").textContent).toBe("InternalError|CCC reported an internal error.");
    expect(apply(undefined)).toBeUndefined();
    expect(screen.getByTestId("form-level").textContent).toBe("");
  });
});

describe("placeActionError", () => {
  it("takes each field's first message, skips empty lists, and leaves no form error when all were placed", () => {
    expect(placeActionError({ fieldErrors: { uui: ["a", "b"], name: [] } }, FIELDS)).toEqual({
      placed: [["uui", "a"]],
      failure: undefined,
    });
  });
});
