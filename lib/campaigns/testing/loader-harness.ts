/**
 * Wiring for loader tests: the action harness (in-process emulator, fresh PGlite, the process-wide CCC client built
 * from the environment) with the read cache's window at 0, so request counts show what each view asks CCC itself.
 * Before every test the emulator goes back to its seed and the console forgets the campaign states it recorded.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type ActionHarness, startActionHarness } from "@/lib/actions/testing/action-harness";
import { forgetAllTerminalStates, getDb } from "@/lib/db";

export function setUpLoaderHarness(): () => ActionHarness {
  let running: ActionHarness | undefined;
  const harness = () => {
    if (!running) throw new Error("the loader harness runs only inside this file's tests");
    return running;
  };
  beforeAll(async () => {
    // A client built by an earlier file would keep its own window.
    Reflect.deleteProperty(globalThis, Symbol.for("ccc-console.ccc"));
    process.env.CCC_READ_FRESH_MS = "0";
    running = await startActionHarness();
  }, 120_000);
  afterAll(async () => {
    delete process.env.CCC_READ_FRESH_MS;
    await running?.close();
  });
  beforeEach(async () => {
    await harness().emulator.admin.reset();
    await forgetAllTerminalStates(await getDb());
  });
  return harness;
}
