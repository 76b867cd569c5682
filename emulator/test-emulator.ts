/**
 * Vitest wiring for a test file that talks to an in-process emulator: started once for the file, put back to its
 * seed (state, faults, clock, request counts) before every test, closed at the end. Returns a getter for tests.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "./server";

/** Default options: CCC's rate limit off, so tests never wait on it. */
export function setUpTestEmulator(options: EmulatorOptions = { rateLimitPerSecond: 0 }): () => RunningEmulator {
  let running: RunningEmulator | undefined;
  const emulator = () => {
    if (!running) throw new Error("the test emulator runs only inside this file's tests");
    return running;
  };
  beforeAll(async () => {
    running = await startEmulator(options);
  });
  afterAll(() => running?.close());
  beforeEach(() => emulator().admin.reset());
  return emulator;
}
