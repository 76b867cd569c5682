import { describe, expect, it } from "vitest";
import { normalizeCallees } from "@/lib/callees";
import { CALLEE_FIELD_ERRORS } from "@/lib/callees/form-schema";
import { REJECT_REASONS } from "@/lib/callees/types";
import type { CalleeWorkerErrorCode } from "@/lib/callees/worker/protocol";
import { toWireResult } from "@/lib/callees/worker/protocol";
import enMessages from "@/messages/en/callees.json";
import zhMessages from "@/messages/zh-CN/callees.json";
import {
  checkedFromPrefill,
  checkedFromResult,
  columnLetter,
  formatBytes,
  formValueOf,
  TEMPLATE_CSV,
  withoutSuppressed,
} from "./list-model";

// A Record, so a new error code without an entry here fails to compile (and then needs its messages).
const FILE_ERROR_CODES = Object.keys({
  empty_file: true,
  file_too_large: true,
  binary_file: true,
  legacy_xls: true,
  not_a_spreadsheet: true,
  invalid_zip: true,
  unsupported_zip: true,
  expands_too_large: true,
  too_many_entries: true,
  too_many_rows: true,
  invalid_spreadsheet: true,
  not_text: true,
  sheet_not_found: true,
  column_not_found: true,
  no_file: true,
  internal: true,
} satisfies Record<CalleeWorkerErrorCode, true>) as CalleeWorkerErrorCode[];

describe("checked list", () => {
  it("reports counts from a worker result and hands the numbers to the form", () => {
    const result = toWireResult(normalizeCallees("13012345678\n13012345678\nfoo\n+14155550100", { max: 5 }));
    const list = checkedFromResult("paste", result, 5, 12);
    expect(list.numbers).toEqual(["+8613012345678", "+14155550100"]);
    expect(list.result).toMatchObject({ valid: 2, duplicates: 1, rejectedTotal: 1 });
    expect(list.tooMany).toBe(false);
    expect(formValueOf(list)).toEqual(list.numbers);
  });

  it("flags a list over the maximum but still hands it over for the schema to refuse", () => {
    const result = toWireResult(normalizeCallees("13012345678\n13112345678\n13212345678", { max: 2 }));
    const list = checkedFromResult("paste", result, 2);
    expect(list.tooMany).toBe(true);
    expect(formValueOf(list)).toHaveLength(3);
  });

  it("takes the list's size from the worker's count", () => {
    const result = toWireResult(normalizeCallees("13012345678", { max: 5 }));
    expect(result.jsonBytes).toBe('["+8613012345678"]'.length);
    expect(checkedFromResult("paste", { ...result, jsonBytes: 10 * 1024 * 1024 }, 5).tooLarge).toBe(true);
  });

  it("hands nothing over when the list cannot be sent at all", () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => `+1${String(i).padStart(14, "9")}`);
    const list = checkedFromPrefill(numbers, 1_000_000);
    expect(list.tooLarge).toBe(true);
    expect(formValueOf(list)).toEqual([]);
    expect(formValueOf(undefined)).toEqual([]);
  });
});

describe("helpers", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("formats sizes", () => {
    expect(formatBytes(512, "en")).toBe("512 byte");
    expect(formatBytes(20 * 1024 * 1024, "en")).toBe("20 MB");
  });

  it("offers a template whose every number is accepted", () => {
    const result = normalizeCallees(TEMPLATE_CSV.replace("\uFEFFphone\r\n", ""));
    expect(result.rejectedTotal).toBe(0);
    expect(result.valid).toBe(4);
  });
});

describe("messages", () => {
  for (const [locale, messages] of [
    ["en", enMessages],
    ["zh-CN", zhMessages],
  ] as const) {
    it(`${locale} has a message for every reject reason, file error and field error`, () => {
      for (const reason of REJECT_REASONS) expect(messages.CalleeList.reasons[reason]).toBeTruthy();
      for (const code of FILE_ERROR_CODES) expect(messages.CalleeList.fileErrors[code]).toBeTruthy();
      for (const key of Object.keys(CALLEE_FIELD_ERRORS))
        expect(messages.CalleeList.errors[key as keyof typeof CALLEE_FIELD_ERRORS]).toBeTruthy();
      for (const state of ["1", "2", "4", "5"] as const) expect(messages.CallerNumbers.states[state]).toBeTruthy();
    });
  }
});

describe("withoutSuppressed", () => {
  it("drops the numbers at the given positions and reports their lines", () => {
    const list = checkedFromResult(
      "paste",
      toWireResult(normalizeCallees("13800000001\nbad\n13800000002\n13800000001\n13800000003")),
      2,
    );
    expect(list.tooMany).toBe(true);
    const kept = withoutSuppressed(list, [2, 0], 2);
    expect(kept.numbers).toEqual(["+8613800000002"]);
    expect(kept.doNotCall).toEqual({ count: 2, lines: [1, 5] });
    expect(kept.tooMany).toBe(false);
    expect(withoutSuppressed(list, [], 2)).toBe(list);
  });
});
