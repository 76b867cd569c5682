/**
 * Puts console → CCC write calls in flight on purpose, for the crash-durability test: the emulator holds every
 * create and edit for a while before it applies and answers it (a latency fault), and the test kills the console
 * once the emulator has received them all — so "in flight" is a fact the emulator reports, not a guess on timing.
 */
import type { EmulatorAdmin } from "../../emulator/admin-client";
import { CREATE_CRUISE, UPDATE_PREDICTIVE } from "../instances/workload";

/** The write actions the test sends; each is held `latencyMs` before the emulator applies it and replies. */
export async function holdWrites(admin: EmulatorAdmin, latencyMs: number): Promise<void> {
  await admin.clearFaults();
  for (const action of [CREATE_CRUISE, UPDATE_PREDICTIVE]) {
    await admin.injectFault({ action, kind: "latency", latencyMs });
  }
}

/** Arrivals per action since the emulator's last resetArrivals (0 for an action it never saw). */
export async function arrivalsOf(admin: EmulatorAdmin, actions: readonly string[]): Promise<Record<string, number>> {
  const report = await admin.arrivals();
  return Object.fromEntries(actions.map((action) => [action, report.byAction[action]?.total ?? 0]));
}

/** Calls per action the emulator answered with success (applied) since its last resetCounts. */
export async function appliedOf(admin: EmulatorAdmin, actions: readonly string[]): Promise<Record<string, number>> {
  const counts = await admin.requestCounts();
  return Object.fromEntries(actions.map((action) => [action, counts.byAction[action]?.succeeded ?? 0]));
}

type Reader = (admin: EmulatorAdmin, actions: readonly string[]) => Promise<Record<string, number>>;

/** Polls `read` (arrivalsOf, appliedOf) until each action reached `expected`; throws after `timeoutMs`. */
export async function waitFor(
  read: Reader,
  admin: EmulatorAdmin,
  expected: Readonly<Record<string, number>>,
  timeoutMs: number,
): Promise<Record<string, number>> {
  const actions = Object.keys(expected);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await read(admin, actions);
    if (actions.every((action) => (seen[action] ?? 0) >= (expected[action] ?? 0))) return seen;
    if (Date.now() > deadline) {
      throw new Error(`The emulator reports ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Settles to "answered" or "lost" (the connection died with the console), never rejects. */
export function answeredOrLost(call: Promise<unknown>): Promise<"answered" | "lost"> {
  return call.then(
    () => "answered" as const,
    () => "lost" as const,
  );
}
