import { afterEach, describe, expect, it } from "vitest";
import { isShuttingDown, markShuttingDown, onShutdown, runShutdownTasks } from "./shutdown";

const shared = globalThis as { __cccConsoleStopping?: boolean };

afterEach(async () => {
  await runShutdownTasks(); // leaves the shared list empty for the next test
  shared.__cccConsoleStopping = undefined;
});

describe("shutdown tasks", () => {
  it("runs every task once, the last registered first, and reports each", async () => {
    const ran: string[] = [];
    onShutdown("database", () => {
      ran.push("database");
    });
    onShutdown("cache", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ran.push("cache");
    });
    const outcomes = await runShutdownTasks();
    expect(ran).toEqual(["cache", "database"]);
    expect(outcomes.map(({ name, ok }) => ({ name, ok }))).toEqual([
      { name: "cache", ok: true },
      { name: "database", ok: true },
    ]);
    expect(await runShutdownTasks()).toEqual([]);
    expect(ran).toEqual(["cache", "database"]);
  });

  it("keeps going after a failing task and returns its message", async () => {
    const ran: string[] = [];
    onShutdown("first", () => {
      ran.push("first");
    });
    onShutdown("broken", () => {
      throw new Error("pool already ended");
    });
    const outcomes = await runShutdownTasks();
    expect(ran).toEqual(["first"]);
    expect(outcomes.map(({ name, ok, error }) => ({ name, ok, error }))).toEqual([
      { name: "broken", ok: false, error: "pool already ended" },
      { name: "first", ok: true, error: undefined },
    ]);
  });

  it("registering a name again replaces the task and moves it last", async () => {
    const ran: string[] = [];
    onShutdown("database", () => {
      ran.push("old");
    });
    onShutdown("other", () => {
      ran.push("other");
    });
    onShutdown("database", () => {
      ran.push("new");
    });
    await runShutdownTasks();
    expect(ran).toEqual(["new", "other"]);
  });

  it("shares one list and one flag through globalThis, as the server entry and Next's bundle need", async () => {
    expect(isShuttingDown()).toBe(false);
    markShuttingDown();
    expect(shared.__cccConsoleStopping).toBe(true);
    expect(isShuttingDown()).toBe(true);
    onShutdown("seen", () => {});
    const list = (globalThis as { __cccConsoleShutdownTasks?: Map<string, unknown> }).__cccConsoleShutdownTasks;
    expect([...(list?.keys() ?? [])]).toEqual(["seen"]);
  });
});
