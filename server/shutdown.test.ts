import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../lib/log";
import { isShuttingDown, onShutdown, runShutdownTasks } from "../lib/shutdown";
import { createDrainableServer } from "./drain";
import { exitOnSignals, type ShutdownDeps, shutDown } from "./shutdown";

/** A drainable server whose every request takes `ms`, and a log whose lines the test reads. */
async function setUp(ms: number, timeoutMs: number, events: string[]) {
  const drainable = createDrainableServer(
    async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push("response");
      res.end("ok");
    },
    () => {},
  );
  await new Promise<void>((resolve) => drainable.server.listen(0, "127.0.0.1", resolve));
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const log = createLogger(sink, { level: "info" });
  const deps: ShutdownDeps = {
    drainable,
    closeApp: async () => {
      events.push("next closed");
    },
    timeoutMs,
    log,
  };
  const port = (drainable.server.address() as AddressInfo).port;
  const inFlight = new Promise<string>((resolve) => {
    request({ host: "127.0.0.1", port }, (res) => resolve(String(res.statusCode)))
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"))
      .end();
  });
  while (drainable.inFlight() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  return { deps, lines, inFlight };
}

const stopping = globalThis as { __cccConsoleStopping?: boolean };
afterEach(async () => {
  await runShutdownTasks();
  stopping.__cccConsoleStopping = undefined;
});

describe("shutDown", () => {
  it("closes Next and then the database only after the request in flight answered, and returns 0", async () => {
    const events: string[] = [];
    const { deps, lines, inFlight } = await setUp(150, 5_000, events);
    onShutdown("database", () => {
      events.push("database closed");
    });
    const code = await shutDown(deps, "SIGTERM");
    expect(code).toBe(0);
    expect(await inFlight).toBe("200");
    expect(events).toEqual(["response", "next closed", "database closed"]);
    expect(isShuttingDown()).toBe(true);
    expect(lines.map((line) => line.msg)).toEqual([
      "shutting down: no new connections",
      "requests in flight finished",
      "shutdown complete",
    ]);
    expect(lines[0]).toMatchObject({ signal: "SIGTERM", inFlight: 1, timeoutMs: 5_000 });
    expect(lines[2]).toMatchObject({ tasks: ["database"], code: 0 });
  });

  it("returns 1 when the deadline cut a request, still closing the database", async () => {
    const events: string[] = [];
    const { deps, lines, inFlight } = await setUp(10_000, 100, events);
    onShutdown("database", () => {
      events.push("database closed");
    });
    expect(await shutDown(deps, "SIGINT")).toBe(1);
    expect(await inFlight).toBe("ECONNRESET");
    expect(events).toEqual(["next closed", "database closed"]);
    expect(lines[1]).toMatchObject({ level: 40, inFlightAtStart: 1, cut: 1 });
  });

  it("returns 1 when a shutdown task fails, and logs which", async () => {
    const { deps, lines, inFlight } = await setUp(10, 5_000, []);
    onShutdown("database", () => {
      throw new Error("close failed");
    });
    expect(await shutDown(deps, "SIGTERM")).toBe(1);
    await inFlight;
    expect(lines.find((line) => line.msg === "shutdown task failed")).toMatchObject({
      level: 50,
      name: "database",
      ok: false,
      error: "close failed",
    });
  });
});

describe("exitOnSignals", () => {
  it("shuts down on the first signal, ignores a repeat, then exits with the code", async () => {
    const { deps, lines, inFlight } = await setUp(100, 5_000, []);
    const exits: number[] = [];
    const exited = new Promise<void>((resolve) => {
      const uninstall = exitOnSignals(deps, (code) => {
        exits.push(code);
        uninstall();
        resolve();
      });
    });
    process.emit("SIGTERM");
    process.emit("SIGINT"); // Ctrl-C under npm arrives twice
    await exited;
    expect(exits).toEqual([0]);
    expect(await inFlight).toBe("200");
    expect(lines.filter((line) => line.msg === "already shutting down")).toHaveLength(1);
  });
});
