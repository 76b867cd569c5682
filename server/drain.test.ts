import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDrainableServer, type DrainableServer } from "./drain";

/** A server whose /slow/<ms> answers after that many milliseconds and every other path at once. */
async function startSlowServer(): Promise<{ drainable: DrainableServer; port: number }> {
  const drainable = createDrainableServer(
    async (req, res) => {
      const ms = Number(/^\/slow\/(\d+)$/.exec(req.url ?? "")?.[1] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, ms));
      res.end(`done ${req.url}`);
    },
    () => {},
  );
  await new Promise<void>((resolve) => drainable.server.listen(0, "127.0.0.1", resolve));
  return { drainable, port: (drainable.server.address() as AddressInfo).port };
}

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
}

function get(port: number, path: string, agent?: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Resolves once the server has received `count` requests. */
async function untilInFlight(drainable: DrainableServer, count: number): Promise<void> {
  while (drainable.inFlight() < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

const agents: Agent[] = [];
afterEach(() => {
  for (const agent of agents.splice(0)) agent.destroy();
});

describe("createDrainableServer", () => {
  it("lets requests in flight finish, refuses new connections and closes idle keep-alive ones", async () => {
    const { drainable, port } = await startSlowServer();
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(keepAlive);
    await get(port, "/warm", keepAlive); // leaves one idle keep-alive connection
    const slow = get(port, "/slow/300");
    await untilInFlight(drainable, 1);

    const drained = drainable.drain(5_000);
    await expect(get(port, "/new")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await slow).toEqual({ status: 200, body: "done /slow/300", connection: "close" });
    const outcome = await drained;
    expect(outcome.inFlightAtStart).toBe(1);
    expect(outcome.cut).toBe(0);
    expect(outcome.ms).toBeGreaterThanOrEqual(200);
    expect(drainable.server.listening).toBe(false);
  });

  it("waits for a response whose headers went out before the drain, then closes its keep-alive connection", async () => {
    const drainable = createDrainableServer(
      async (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("a"); // a streamed page: headers (keep-alive) are sent before the body is done
        await new Promise((resolve) => setTimeout(resolve, 200));
        res.end("b");
      },
      () => {},
    );
    await new Promise<void>((resolve) => drainable.server.listen(0, "127.0.0.1", resolve));
    const keepAlive = new Agent({ keepAlive: true });
    agents.push(keepAlive);
    const streamed = get((drainable.server.address() as AddressInfo).port, "/", keepAlive);
    await untilInFlight(drainable, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outcome = await drainable.drain(5_000);
    expect(await streamed).toEqual({ status: 200, body: "ab", connection: "keep-alive" });
    // drain() resolves when every connection has ended: well before the 5 s keep-alive timeout would end this one.
    expect(outcome).toMatchObject({ inFlightAtStart: 1, cut: 0 });
    expect(outcome.ms).toBeLessThan(2_000);
  });

  it("cuts requests still running at the deadline", async () => {
    const { drainable, port } = await startSlowServer();
    const slow = get(port, "/slow/10000");
    await untilInFlight(drainable, 1);
    const outcome = await drainable.drain(150);
    expect(outcome).toMatchObject({ inFlightAtStart: 1, cut: 1 });
    expect(outcome.ms).toBeLessThan(5_000);
    await expect(slow).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("finishes at once when nothing is in flight", async () => {
    const { drainable } = await startSlowServer();
    expect(await drainable.drain(10_000)).toMatchObject({ inFlightAtStart: 0, cut: 0 });
  });

  it("answers 500 when the handler throws, and reports the error", async () => {
    const errors: unknown[] = [];
    const drainable = createDrainableServer(
      () => {
        throw new Error("boom");
      },
      (error) => errors.push(error),
    );
    await new Promise<void>((resolve) => drainable.server.listen(0, "127.0.0.1", resolve));
    const answer = await get((drainable.server.address() as AddressInfo).port, "/");
    expect(answer.status).toBe(500);
    expect(answer.body).toBe("Internal Server Error");
    expect(errors).toEqual([new Error("boom")]);
    await drainable.drain(1_000);
  });
});
