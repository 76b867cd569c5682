import { describe, expect, it } from "vitest";
import { csvField, guardFormula, rejectedToCsv } from "./reject-csv";

describe("rejectedToCsv", () => {
  it("writes line,text,reason with RFC 4180 quoting, CRLF rows and a BOM", () => {
    const csv = rejectedToCsv([
      { line: 3, text: "N/A", reason: "not_a_number" },
      { line: 7, text: 'Zhang, "San"', reason: "not_a_number" },
      { line: 9, text: " 12345", reason: "too_short" },
    ]);
    expect(csv).toBe(
      '\uFEFFline,text,reason\r\n3,N/A,not_a_number\r\n7,"Zhang, ""San""",not_a_number\r\n9," 12345",too_short\r\n',
    );
  });

  it("adds a message column from the UI's translations", () => {
    const csv = rejectedToCsv([{ line: 1, text: "1", reason: "too_short" }], {
      bom: false,
      messages: { too_short: "号码太短" },
    });
    expect(csv).toBe("line,text,reason,message\r\n1,1,too_short,号码太短\r\n");
  });
});

describe("formula-injection guard", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["\t=1", "'\t=1"],
    ["+86 130 1234 5678", "+86 130 1234 5678"],
    ["+8613012345678", "+8613012345678"],
    ["-(0755) 8601.3388", "-(0755) 8601.3388"],
    ["13012345678", "13012345678"],
    ["Zhang", "Zhang"],
  ])("%j → %j", (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
  });

  it("guards before quoting", () => {
    expect(csvField('=1,"2"')).toBe('"\'=1,""2"""');
  });
});
