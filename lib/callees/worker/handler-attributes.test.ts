import { describe, expect, it } from "vitest";
import { createCalleeWorkerHandler } from "./handler";
import type { CalleeWorkerResponse } from "./protocol";

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe("callee worker handler with a column mapping", () => {
  it("answers the data aligned with the numbers, counts it in the body size, and refuses a bad mapping", async () => {
    const posted: CalleeWorkerResponse[] = [];
    const handle = createCalleeWorkerHandler((response) => posted.push(response));
    await handle({ type: "file", id: 1, buffer: bytes("phone,order,name\n13012345678,A-1,Ada\n13012345679,,\n") });
    const column = { type: "column", sheet: 0, column: 0, hasHeader: true, options: {} } as const;
    await handle({ ...column, id: 2 });
    await handle({
      ...column,
      id: 3,
      attributes: [
        { column: 1, target: "uui" },
        { column: 2, target: "variable", key: "name" },
      ],
    });
    const plain = posted.find((r) => r.id === 2 && r.type === "result");
    const mapped = posted.find((r) => r.id === 3 && r.type === "result");
    if (plain?.type !== "result" || mapped?.type !== "result") throw new Error("no result");
    expect(plain.result.attributes).toBeUndefined();
    expect(mapped.result.attributes).toEqual([{ uui: "A-1", variables: [{ key: "name", value: "Ada" }] }, null]);
    expect(mapped.result.wire).toBe(plain.result.wire);
    expect(mapped.result.jsonBytes).toBeGreaterThan(plain.result.jsonBytes);

    await handle({ ...column, id: 4, attributes: [{ column: 2, target: "variable", key: "1st" }] });
    expect(posted.filter((r) => r.id === 4)).toEqual([
      { type: "unmapped", id: 4, mapping: { code: "keyInvalid", column: 2 } },
    ]);
  });
});
