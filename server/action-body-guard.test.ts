/**
 * The action-body guard in front of a real node:http server: malformed bodies are answered with the rule they break,
 * and a well-formed body reaches the handler byte for byte from the same request, whatever the client does next.
 */
import { createServer, type IncomingMessage, request, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardRequest, MAX_URL_BYTES } from "./guard-request";

let server: Server;
let base: string;
const errors: unknown[] = [];

/** What the handler behind the guard read: the body as Next would, from the request stream. */
async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer((req, res) => {
    req.on("error", (error) => errors.push(error));
    void guardRequest(req, res).then(async (refused) => {
      if (refused) return;
      const body = await readAll(req);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ handled: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${base}/campaigns`, {
    method: "POST",
    headers: { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });

describe("guardRequest", () => {
  it("answers an address over the limit with 414, and serves one just under it", async () => {
    const long = await fetch(`${base}/api/apps//x/${"x".repeat(MAX_URL_BYTES)}`);
    expect(long.status).toBe(414);
    expect(await long.json()).toMatchObject({ formError: { code: "uri_too_long" } });
    const fine = await fetch(`${base}/${"x".repeat(MAX_URL_BYTES - 10)}`);
    expect(fine.status).toBe(200);
  });

  it("passes a well-formed body on unread, byte for byte, and leaves other requests alone", async () => {
    const args = JSON.stringify([{ name: "续费 $$x", callees: "+8613800000001\n+8613800000002" }]);
    const response = await action(args);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ handled: args });
    const big = JSON.stringify([{ callees: "+86138".padEnd(2_000_000, "0") }]);
    expect(await (await action(big)).json()).toEqual({ handled: big });
    const plain = await fetch(`${base}/api/thing`, { method: "POST", body: "not an action" });
    expect(await plain.json()).toEqual({ handled: "not an action" });
  });

  it.each([
    ["not json", "JSON"],
    ['{"a":1}', "array"],
    ['["$@0"]', "refers to something else"],
    [`${"[".repeat(100)}${"]".repeat(100)}`, "32 levels"],
  ])("answers %s with 400 naming the rule", async (body, rule) => {
    const response = await action(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { formError: { code: string; message: string } };
    expect(answer.formError.code).toBe("invalid_action_body");
    expect(answer.formError.message).toContain(rule);
  });

  it("reads a chunked body (as Next forwards actions between its workers), refusing one over the limit", async () => {
    const post = (chunks: string[]) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(`${base}/x`, {
          method: "POST",
          headers: { "next-action": "abc", "content-type": "text/plain", "transfer-encoding": "chunked" },
        });
        req.on("response", (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on("error", reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const forwarded = await post(['[{"a":', '"b"}]']);
    expect(forwarded).toEqual({ status: 200, text: JSON.stringify({ handled: '[{"a":"b"}]' }) });
    const huge = await post(Array.from({ length: 4 }, () => `"${"x".repeat(1024 * 1024)}"`));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.text)).toMatchObject({ formError: { code: "body_too_large" } });
  });

  it("refuses a type no console page sends with 415", async () => {
    expect((await action("[]", { "content-type": "application/json" })).status).toBe(415);
  });

  it("refuses multipart that does not parse, and passes one that does", async () => {
    const broken = await action("--nope\r\n", { "content-type": "multipart/form-data; boundary=zzz" });
    expect(broken.status).toBe(400);
    const form = new FormData();
    form.set("1_$ACTION_ID_abc", "");
    const ok = await fetch(`${base}/`, { method: "POST", headers: { "next-action": "abc" }, body: form });
    expect(ok.status).toBe(200);
  });

  it("hands on a small body that arrived in the same packet as the headers", async () => {
    // The body is complete (and the stream ended) before the guard reads it: the case that lost bodies before.
    const { port } = server.address() as AddressInfo;
    for (const args of ["[]", '[{"sdkAppId":1400000001,"campaignId":7}]']) {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.end(
            `POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nNext-Action: abc\r\nContent-Type: text/plain\r\n` +
              `Content-Length: ${Buffer.byteLength(args)}\r\nConnection: close\r\n\r\n${args}`,
          );
        });
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString("utf8");
        });
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain(JSON.stringify({ handled: args }));
    }
    expect(errors).toEqual([]);
  });

  it("survives a client that closes the connection right after its answer", async () => {
    for (let i = 0; i < 5; i++) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${base}/x`, {
          method: "POST",
          agent: false,
          headers: { "next-action": "abc", "content-type": "text/plain", connection: "close" },
        });
        req.on("response", (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", reject);
        req.end(JSON.stringify([i]));
      });
      expect(status).toBe(200);
    }
    expect(errors).toEqual([]);
  });
});
