/**
 * Fuzzes every guarded server action (the refusal table, so an action added later is fuzzed too) in process, signed
 * in with a role that holds the permission for APP_A, against the real emulator and a real database. Properties:
 * nothing throws, no `internal` answer, every refusal names a field or a rule, and nothing the console refuses
 * reaches CCC (the emulator's request count). `npm test` runs a few cases per action; `npm run fuzz` 10,000.
 */
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { APP_A, fakeUser, setUpActionHarness } from "@/lib/actions/testing/action-harness";
import { REFUSALS } from "@/lib/actions/testing/refusal-cases";
import { getSessionUser } from "@/lib/auth/session";
import { actionInput } from "./hostile";
import { recordFuzzPart } from "./report";
import { fuzzSettings, fuzzTarget } from "./run";
import { actionVerdict, emptyTally, type Tally } from "./verdict";

const session = vi.mocked(getSessionUser);
const harness = setUpActionHarness();
const settings = fuzzSettings("actions");
const tallies: Record<string, Tally> = {};
// 10,000 cases of an action with a password hash or a CCC create take minutes on a shared machine.
const timeout = 60_000 + settings.numRuns * 500;

afterAll(() => recordFuzzPart("actions", settings, tallies));

describe(`server actions, in process (seed ${settings.seed}, ${settings.numRuns} cases each)`, () => {
  for (const [name, c] of Object.entries(REFUSALS)) {
    it(
      name,
      async () => {
        session.mockResolvedValue(fakeUser(c.allowedRole, [APP_A]));
        const tally = emptyTally();
        tallies[name] = tally;
        const send = async (input: unknown) => {
          const before = (await harness().emulator.admin.requestCounts()).total;
          const result = await c.action(input as never);
          const cccRequests = (await harness().emulator.admin.requestCounts()).total - before;
          return { verdict: actionVerdict(result, cccRequests), detail: JSON.stringify(result)?.slice(0, 2000) };
        };
        await fuzzTarget(name, actionInput(c.input), send, tally, settings, [c.input]);
        // The run must have exercised both sides: the console's refusals and the path behind validation.
        expect(tally.refused).toBeGreaterThan(0);
        expect(tally.accepted + tally.cccRefused + tally.refused).toBe(tally.cases);
      },
      timeout,
    );
  }
});
