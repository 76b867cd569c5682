/**
 * Test fixtures: `emulator` is the admin client of the e2e emulator, reset to its demo seed before every test, so
 * tests start from the same state and read expectations from it instead of hard-coding seed data. The console
 * forgets the finished and aborted campaigns it recorded at the same time: after a reset they may be live again.
 *
 * `context` is watched for Content-Security-Policy violations in every test that opens a page: the pages' policy
 * is strict (per-request nonce, no 'unsafe-inline'; lib/security/csp.ts), and anything it blocks — a script, a
 * style, a worker, a connection — fails the test that caused it instead of breaking the page silently.
 */
import { type BrowserContext, test as base, expect } from "@playwright/test";
import { createEmulatorAdmin, type EmulatorAdmin } from "@/emulator/admin-client";
import { consoleControl } from "./console-control";
import { EMULATOR_URL } from "./urls";

/** Chromium reports a blocked load or execution on the console ("Refused to … because it violates …"). */
const CSP_MESSAGE = /Content Security Policy|Refused to (execute|load|apply|connect|create|evaluate|frame)/i;
const VIOLATION_PREFIX = "[csp-violation]";

/** Collects every CSP violation in the context's pages: the DOM event (with its directive) and console reports. */
async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript((prefix: string) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}`,
      );
    });
  }, VIOLATION_PREFIX);
  context.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && (text.startsWith(VIOLATION_PREFIX) || CSP_MESSAGE.test(text))) {
      violations.push(`${message.location().url}: ${text}`);
    }
  });
  return violations;
}

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
  context: async ({ context }, use) => {
    const violations = await watchCspViolations(context);
    await use(context);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

export { expect };
