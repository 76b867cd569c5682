import { describe, expect, it } from "vitest";
import { buildXlsx } from "../files/testing/build-xlsx";
import { createCalleeWorkerHandler } from "./handler";
import { type CalleeWorkerResponse, numbersFromWire, responseTransferables, toWireResult } from "./protocol";

function harness() {
  const posted: CalleeWorkerResponse[] = [];
  const handle = createCalleeWorkerHandler((response) => posted.push(response));
  return { posted, handle, of: (id: number) => posted.filter((r) => r.id === id) };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe("callee worker handler", () => {
  it("normalizes pasted text and answers with the joined numbers", async () => {
    const { handle, of } = harness();
    await handle({ type: "paste", id: 1, text: "13012345678\n+86 130 1234 5678\nabc\n13112345678", options: {} });
    const answer = of(1).find((r) => r.type === "result");
    expect(answer?.type).toBe("result");
    if (answer?.type !== "result") return;
    expect(numbersFromWire(answer.result.wire)).toEqual(["+8613012345678", "+8613112345678"]);
    expect(answer.result.duplicates).toBe(1);
    expect(answer.result.rejected).toEqual([{ line: 3, text: "abc", reason: "not_a_number" }]);
    expect(Array.from(answer.result.duplicateLines)).toEqual([2]);
  });

  it("skips a paste replaced by a newer one before it ran", async () => {
    const { handle, posted } = harness();
    const first = handle({ type: "paste", id: 1, text: "13012345678", options: {} });
    const second = handle({ type: "paste", id: 2, text: "13112345678", options: {} });
    await Promise.all([first, second]);
    expect(posted.filter((r) => r.type === "result").map((r) => r.id)).toEqual([2]);
    expect(posted.some((r) => r.id === 1)).toBe(false);
  });

  it("reports progress for file columns, not for an ordinary paste", async () => {
    const { handle, of } = harness();
    const lines = Array.from({ length: 40_000 }, (_, i) => `1301${String(i).padStart(7, "0")}`);
    await handle({ type: "paste", id: 7, text: lines.join("\n"), options: {} });
    expect(of(7).map((r) => r.type)).toEqual(["result"]);
    await handle({ type: "file", id: 8, buffer: bytes(`phone\n${lines.join("\n")}`) });
    await handle({ type: "column", id: 9, sheet: 0, column: 0, hasHeader: true, options: {} });
    const progress = of(9).filter((r) => r.type === "progress");
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ done: 40_000, total: 40_000 });
    expect(of(9).at(-1)?.type).toBe("result");
  });

  it("reads a CSV, describes its columns, then normalizes the chosen column", async () => {
    const { handle, of } = harness();
    await handle({
      type: "file",
      id: 1,
      buffer: bytes("name,phone,alt\nAda,13012345678,13199999999\nBo,13012345679,n/a\nCy,13012345670,+14155550100\n"),
    });
    const described = of(1).find((r) => r.type === "described");
    expect(described?.type === "described" && described.description.suggestedColumn).toBe(1);
    expect(described?.type === "described" && described.description.hasHeader).toBe(true);
    await handle({ type: "column", id: 2, sheet: 0, column: 2, hasHeader: true, options: {} });
    const result = of(2).find((r) => r.type === "result");
    expect(result?.type === "result" && numbersFromWire(result.result.wire)).toEqual([
      "+8613199999999",
      "+14155550100",
    ]);
    expect(result?.type === "result" && result.result.rejected).toEqual([
      { line: 3, text: "n/a", reason: "not_a_number" },
    ]);
  });

  it("describes another sheet of an xlsx", async () => {
    const { handle, of } = harness();
    const xlsx = buildXlsx([
      { name: "Notes", rows: [["hello"]] },
      { name: "List", rows: [["Mobile"], ["13012345678"]] },
    ]);
    await handle({ type: "file", id: 1, buffer: xlsx });
    await handle({ type: "describe", id: 2, sheet: 1 });
    const described = of(2)[0];
    expect(described?.type === "described" && described.description.sheet).toBe("List");
    expect(described?.type === "described" && described.description.sheets).toEqual(["Notes", "List"]);
  });

  it("answers a bad file with the reader's typed error, and a column without a file with no_file", async () => {
    const { handle, of } = harness();
    await handle({
      type: "file",
      id: 1,
      buffer: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]).buffer,
    });
    expect(of(1).at(-1)).toMatchObject({ type: "failed", error: { code: "binary_file" } });
    await handle({ type: "column", id: 2, sheet: 0, column: 0, hasHeader: false, options: {} });
    expect(of(2)[0]).toMatchObject({ type: "failed", error: { code: "no_file" } });
    await handle({ type: "file", id: 3, buffer: new ArrayBuffer(0) });
    expect(of(3).at(-1)).toMatchObject({ type: "failed", error: { code: "empty_file" } });
  });

  it("turns an option error into an internal failure instead of a dead worker", async () => {
    const { handle, of } = harness();
    await handle({ type: "paste", id: 1, text: "1", options: { defaultRegion: "XX-not-a-region" } });
    expect(of(1)[0]).toMatchObject({ type: "failed", error: { code: "internal" } });
  });
});

describe("protocol", () => {
  it("round-trips numbers through the wire form and transfers the duplicate lines", () => {
    const result = {
      numbers: ["+8613012345678", "+14155550100"],
      valid: 2,
      duplicates: 0,
      duplicateLines: new Uint32Array(0),
      numberLines: new Uint32Array([1, 2]),
      rejected: [],
      rejectedTotal: 0,
      tooMany: false,
      max: 10,
      totalLines: 2,
    };
    const wire = toWireResult(result);
    expect(numbersFromWire(wire.wire)).toEqual(result.numbers);
    expect(numbersFromWire("")).toEqual([]);
    expect(responseTransferables({ type: "result", id: 1, result: wire, elapsedMs: 1 })).toEqual([
      result.duplicateLines.buffer,
      result.numberLines.buffer,
    ]);
    expect(responseTransferables({ type: "progress", id: 1, phase: "reading", done: 0, total: 1 })).toEqual([]);
  });
});
