import { describe, expect, it } from "vitest";
import { actionHeadersRefusal, MAX_ACTION_BODY_DEPTH, textActionBodyRefusal } from "./action-body";

const body = (text: string) => new TextEncoder().encode(text);
const refusalOf = (text: string) => textActionBodyRefusal(body(text));

describe("textActionBodyRefusal", () => {
  it("accepts what React's reply encoder makes of plain form data", () => {
    const args = [
      {
        name: "$$starts with a dollar",
        optional: "$undefined",
        when: "$D2026-12-03T10:00:00.000Z",
        big: "$n12345678901234567890",
        odd: ["$NaN", "$Infinity", "$-Infinity", "$-0"],
        callees: ["+8613800000000"],
        attributes: [{ uui: "x", variables: [{ key: "a", value: "$$1" }] }],
      },
    ];
    expect(refusalOf(JSON.stringify(args))).toBeNull();
    expect(refusalOf("[]")).toBeNull();
    expect(refusalOf("[null]")).toBeNull();
  });

  it.each([
    ["", "JSON"],
    ["not json", "JSON"],
    ["[1,2", "JSON"],
    ['""', "array"],
    ["null", "array"],
    ["{}", "array"],
  ])("refuses %j, naming the rule (%s)", (text, rule) => {
    const refusal = refusalOf(text);
    expect(refusal?.status).toBe(400);
    expect(refusal?.code).toBe("invalid_action_body");
    expect(refusal?.message).toContain(rule);
  });

  it.each(["$1", "$@0", "$Q0", "$W0", "$K0", "$B0", "$h0", "$F0", "$T", "$Z", "$i0", "$R0", "$Dnot a date"])(
    "refuses the reference %j anywhere in the arguments",
    (reference) => {
      expect(refusalOf(JSON.stringify([{ list: [{ deep: reference }] }]))?.message).toContain("refers to");
    },
  );

  it("refuses nesting deeper than the limit, 100,000 levels included, and accepts the limit itself", () => {
    const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
    expect(refusalOf(nested(MAX_ACTION_BODY_DEPTH))).toBeNull();
    expect(refusalOf(nested(MAX_ACTION_BODY_DEPTH + 1))?.message).toContain(`${MAX_ACTION_BODY_DEPTH} levels`);
    expect(refusalOf(nested(100_000))?.code).toBe("invalid_action_body");
  });

  it("refuses bytes that are not UTF-8", () => {
    const bytes = new Uint8Array([...body('[{"name":"'), 0xff, 0xfe, ...body('"}]')]);
    expect(textActionBodyRefusal(bytes)?.message).toContain("UTF-8");
  });
});

describe("actionHeadersRefusal", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("takes text/plain and multipart/form-data, and refuses other types with 415", () => {
    // With or without a declared length: Next forwards actions between its workers with a chunked body.
    const length = {};
    expect(actionHeadersRefusal(headers({ ...length, "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    expect(actionHeadersRefusal(headers({ ...length, "content-type": "multipart/form-data; boundary=x" }))).toBeNull();
    for (const type of ["application/json", "application/x-www-form-urlencoded", ""]) {
      expect(actionHeadersRefusal(headers({ ...length, "content-type": type }))?.status, type).toBe(415);
    }
  });
});
