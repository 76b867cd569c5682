/**
 * Test fixtures: `emulator` is the admin client of the e2e emulator, reset to its demo seed before every test, so
 * tests start from the same state and read expectations from it instead of hard-coding seed data. The console
 * forgets the finished and aborted campaigns it recorded at the same time: after a reset they may be live again.
 */
import { test as base, expect } from "@playwright/test";
import { createEmulatorAdmin, type EmulatorAdmin } from "@/emulator/admin-client";
import { consoleControl } from "./console-control";
import { EMULATOR_URL } from "./urls";

export const test = base.extend<{ emulator: EmulatorAdmin }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  emulator: async ({}, use) => {
    const admin = createEmulatorAdmin(EMULATOR_URL);
    await admin.reset();
    await consoleControl.forgetTerminalStates();
    await use(admin);
    // Faults must not outlive the test that injected them, even when it failed halfway.
    await admin.clearFaults();
  },
});

export { expect };
