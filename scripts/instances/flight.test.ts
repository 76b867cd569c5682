/** The Flight reader behind the HTTP clients: rows, text rows, references, escapes; answers captured from Next 16. */
import { describe, expect, it } from "vitest";
import { parseFlightRows, readActionAnswer } from "./flight";

describe("readActionAnswer", () => {
  it("reads a server error and the build id from a real answer", () => {
    const body =
      '0:{"a":"$@1","q":"","i":false,"b":"git-aa2ddbf5fe4d"}\n' +
      '1:{"serverError":{"formError":{"code":"UnsupportedOperation","message":"CCC refused the change."},' +
      '"requestId":"ec784765-c6ae-4d7d-9014-ca75c0643a39"}}\n';
    expect(readActionAnswer(body)).toEqual({
      buildId: "git-aa2ddbf5fe4d",
      result: {
        serverError: {
          formError: { code: "UnsupportedOperation", message: "CCC refused the change." },
          requestId: "ec784765-c6ae-4d7d-9014-ca75c0643a39",
        },
      },
    });
  });

  it("follows references with paths, text rows by UTF-8 length, and unescapes", () => {
    const text = "名字 with\nnewline";
    const body =
      `0:{"a":"$@1","b":"x"}\n1:{"data":{"name":"$2","kept":"$3:inner:v","gone":"$undefined","cost":"$$5",` +
      `"at":"$D2026-01-02T03:04:05.000Z"}}\n2:T${Buffer.byteLength(text).toString(16)},${text}` +
      '3:{"inner":{"v":[1,2]}}\n:HL["/x.css","style"]\n';
    expect(readActionAnswer(body).result).toEqual({
      data: { name: text, kept: [1, 2], gone: undefined, cost: "$5", at: "2026-01-02T03:04:05.000Z" },
    });
  });

  it("refuses a body that is not an action answer", () => {
    expect(() => readActionAnswer('0:["$","html",null,{}]\n')).toThrow(/Not a server action answer/);
    expect(() => readActionAnswer("<!DOCTYPE html><html>")).toThrow();
  });

  it("keeps tagged rows raw instead of parsing them as JSON", () => {
    expect(parseFlightRows('4:I["chunk.js"]\n').get("4")).toEqual({ $tagged: 'I["chunk.js"]' });
  });
});
