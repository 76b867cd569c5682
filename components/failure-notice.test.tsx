// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionError } from "@/lib/actions/action-error";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";
import { failureKey } from "./failure/failure-key";
import { FailureNotice } from "./failure-notice";

afterEach(cleanup);

function show(failure: ActionError | undefined, locale: "en" | "zh-CN" = "en") {
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh}>
      <FailureNotice failure={failure} testId="save-error" />
    </NextIntlClientProvider>,
  );
  const text = (part: string) => screen.queryByTestId(`save-error-${part}`)?.textContent ?? null;
  return { text, notice: screen.queryByTestId("save-error") };
}

describe("FailureNotice", () => {
  it("InternalError: not a refusal, nothing changed, what next, code and RequestId", () => {
    const { text, notice } = show({
      formError: { code: "InternalError.DbError", message: "CCC reported an internal error." },
      requestId: "req-7",
      changed: "no",
    });
    expect(notice?.getAttribute("data-code")).toBe("InternalError.DbError");
    expect(text("what")).toBe("CCC had an internal error (InternalError.DbError).");
    expect(text("changed")).toBe("Nothing was changed; trying again is safe.");
    expect(notice?.textContent).toContain("Try again. If it keeps failing, give support the RequestId below.");
    expect(text("code")).toBe("InternalError.DbError");
    expect(text("request-id")).toBe("req-7");
  });

  it("a lost reply says the outcome is unknown", () => {
    const { text } = show({ formError: { code: "Network.OutcomeUnknown", message: "" }, changed: "unknown" });
    expect(text("what")).toBe("CCC's answer was lost on the way back.");
    expect(text("changed")).toBe("The outcome is unknown: check the campaign before trying again.");
    expect(text("request-id")).toBeNull();
  });

  it("change_refused says the campaign has not started, with the RequestId of the refused update", () => {
    const { text } = show({ formError: { code: "change_refused", message: "" }, requestId: "req-9", changed: "no" });
    expect(text("what")).toContain("The campaign has not started");
    expect(text("request-id")).toBe("req-9");
    // The console's own codes are not quoted as an error code.
    expect(text("code")).toBeNull();
  });

  it("an error about a field the form does not show names the field, in both languages", () => {
    const failure = { formError: { code: "unplaced_field", message: "SdkAppId: InvalidParameterValue" } };
    expect(show(failure).text("what")).toBe(
      "CCC rejected the value of SdkAppId, which this form does not show (InvalidParameterValue).",
    );
    cleanup();
    expect(show(failure, "zh-CN").text("what")).toContain("SdkAppId");
  });

  it("the console's own refusals say nothing changed without the server saying so; unknown codes keep the code", () => {
    expect(show({ formError: { code: "forbidden", message: "" } }).text("changed")).toBe(
      "Nothing was changed; trying again is safe.",
    );
    cleanup();
    expect(show({ formError: { code: "Brand.NewCode", message: "" } }).text("what")).toBe(
      "CCC returned an error (Brand.NewCode).",
    );
  });

  it("renders an empty alert region when there is no form-level failure", () => {
    const { notice } = show({ fieldErrors: { name: ["nameRequired"] } });
    expect(notice).toBeNull();
    expect(screen.getByRole("alert").textContent).toBe("");
  });
});

describe("failureKey", () => {
  it("maps codes by family, exact network codes first", () => {
    expect(failureKey("UnsupportedOperation.CampaignStarted")).toBe("cccUnsupported");
    expect(failureKey("Network.Timeout")).toBe("cccTimeout");
    expect(failureKey("Network.ConnectionRefused")).toBe("cccNetwork");
    expect(failureKey("RequestLimitExceeded")).toBe("cccThrottled");
    expect(failureKey("campaign_started")).toBe("campaign_started");
    expect(failureKey("toString")).toBe("ccc");
  });
});
