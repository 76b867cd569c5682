import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createUndiciPost, HttpTimeoutError } from "./http-post";

type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;

interface TestServer {
  url: string;
  /** Every connection the server accepted, in order. */
  sockets: Socket[];
  /** Request bodies in arrival order. */
  bodies: string[];
  server: Server;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Handler): Promise<TestServer> {
  const sockets: Socket[] = [];
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      bodies.push(body);
      handler(Object.assign(req, { body }), res);
    });
  });
  server.on("connection", (socket: Socket) => sockets.push(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, sockets, bodies, server };
}

const echo: Handler = (req, res) => res.writeHead(201, { "Content-Type": "text/plain" }).end(`got ${req.body}`);
const request = (body: string, timeoutMs = 2_000, signal?: AbortSignal) => ({
  headers: { "Content-Type": "application/json", "X-TC-Action": "DescribeNumbers" },
  body,
  timeoutMs,
  signal,
});

describe("createUndiciPost", () => {
  it("posts the body with the given headers and returns status and text", async () => {
    let seen: IncomingMessage | undefined;
    const { url } = await serve((req, res) => {
      seen = req;
      echo(req, res);
    });
    const reply = await createUndiciPost()(url, request('{"a":"é"}'));
    expect(reply).toEqual({ status: 201, text: 'got {"a":"é"}' });
    expect(seen?.method).toBe("POST");
    expect(seen?.headers["x-tc-action"]).toBe("DescribeNumbers");
    expect(seen?.headers["content-length"]).toBe(String(Buffer.byteLength('{"a":"é"}')));
  });

  it("keeps connections alive across sequential requests", async () => {
    const target = await serve(echo);
    const post = createUndiciPost();
    for (let i = 0; i < 10; i++) await post(target.url, request(String(i)));
    expect(target.bodies).toHaveLength(10);
    // undici opens a second connection for the request right after the first (the first is released a moment
    // after its reply is delivered), then reuses both: what matters is that connections are reused at all.
    expect(target.sockets.length).toBeLessThanOrEqual(2);
  });

  it("never pipelines: concurrent requests each get a connection of their own", async () => {
    const waiting: Array<() => void> = [];
    // Answers nothing until three requests have arrived: a pipelining client would wait forever for the second.
    const target = await serve((req, res) => {
      waiting.push(() => echo(req, res));
      if (waiting.length === 3) for (const answer of waiting) answer();
    });
    const post = createUndiciPost();
    const replies = await Promise.all(["a", "b", "c"].map((body) => post(target.url, request(body, 1_000))));
    expect(replies.map((reply) => reply.text).sort()).toEqual(["got a", "got b", "got c"]);
    expect(target.sockets).toHaveLength(3);
  });

  it("times out with HttpTimeoutError when no reply comes", async () => {
    const target = await serve(() => {});
    const started = performance.now();
    const error = await createUndiciPost()(target.url, request("x", 150)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("counts time waiting for a free connection, and never sends a request that timed out in the queue", async () => {
    const target = await serve(() => {});
    const post = createUndiciPost({ connections: 1 });
    const first = post(target.url, request("first", 400)).catch((e: unknown) => e);
    const queued = await post(target.url, request("second", 100)).catch((e: unknown) => e);
    expect(queued).toBeInstanceOf(HttpTimeoutError);
    expect(await first).toBeInstanceOf(HttpTimeoutError);
    // The first timeout frees the connection; the expired second request must not go out on it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(target.bodies).toEqual(["first"]);
  });

  it("rejects with the caller's reason when the caller aborts, before or during the request", async () => {
    const target = await serve(() => {});
    const post = createUndiciPost();
    const reason = new Error("user left");
    expect(await post(target.url, request("x", 2_000, AbortSignal.abort(reason))).catch((e: unknown) => e)).toBe(
      reason,
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 50);
    expect(await post(target.url, request("y", 2_000, controller.signal)).catch((e: unknown) => e)).toBe(reason);
    expect(target.bodies).toEqual(["y"]);
  });

  it("reports a refused connection and a dropped one by their codes (transport.ts classifies them)", async () => {
    const closed = await serve(echo);
    closed.server.close();
    const refused = await createUndiciPost()(closed.url, request("x")).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "ECONNREFUSED" });

    const dropping = await serve((req) => req.socket.destroy());
    const dropped = await createUndiciPost()(dropping.url, request("x")).catch((e: unknown) => e);
    expect(dropped).toMatchObject({ code: "UND_ERR_SOCKET" });
  });
});
