/**
 * Fuzzes every guarded route handler (the route table, so a route added later is fuzzed too) in process, signed in
 * as an admin of APP_A, against the real emulator and database: hostile path segments and query strings. Properties:
 * nothing throws (a streamed CSV is read to its end), no 5xx, every 4xx is JSON naming a field or a rule, and no
 * refused request reaches CCC. `npm test` runs a few cases per route; `npm run fuzz` 10,000.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { APP_A, fakeUser, setUpActionHarness } from "@/lib/actions/testing/action-harness";
import { runningCampaigns, type SeedIds } from "@/lib/api/testing/route-calls";
import { ROUTES, recordSeededCruise } from "@/lib/api/testing/route-cases";
import { getSessionUser } from "@/lib/auth/session";
import { recordFuzzPart } from "./report";
import { type RouteInput, routeInput, routeUrl, validRouteInput } from "./route-input";
import { fuzzSettings, fuzzTarget } from "./run";
import { emptyTally, routeVerdict, type Tally } from "./verdict";

const session = vi.mocked(getSessionUser);
const harness = setUpActionHarness();
const settings = fuzzSettings("routes");
const tallies: Record<string, Tally> = {};
// A valid case of an export reads a whole campaign's results: allow half a second a case on a loaded machine.
const timeout = 60_000 + settings.numRuns * 500;
let ids: SeedIds;

beforeAll(async () => {
  ids = runningCampaigns(await harness().emulator.admin.state(), APP_A);
  await recordSeededCruise(APP_A, ids.cruise);
});
afterAll(() => recordFuzzPart("routes", settings, tallies));

/** The body as JSON when it is JSON, else its text (read to the end, so a failing stream shows). */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!response.headers.get("content-type")?.includes("application/json")) return text;
  return JSON.parse(text) as unknown;
}

describe(`route handlers, in process (seed ${settings.seed}, ${settings.numRuns} cases each)`, () => {
  for (const [key, c] of Object.entries(ROUTES)) {
    it(
      key,
      async () => {
        session.mockResolvedValue(fakeUser("admin", [APP_A]));
        const tally = emptyTally();
        tallies[key] = tally;
        const call = c.call(APP_A, ids);
        const send = async (input: RouteInput) => {
          const before = (await harness().emulator.admin.requestCounts()).total;
          const request = new Request(routeUrl(call.path, input));
          const response = await c.handler(request, { params: Promise.resolve(input.segments) });
          const body = await readBody(response);
          const cccRequests = (await harness().emulator.admin.requestCounts()).total - before;
          const detail = `${response.status} ${JSON.stringify(body)?.slice(0, 500)}`;
          return { verdict: routeVerdict(response.status, body, cccRequests), detail };
        };
        await fuzzTarget(key, routeInput(validRouteInput(call)), send, tally, settings, [validRouteInput(call)]);
        expect(tally.accepted).toBeGreaterThan(0);
        expect(tally.accepted + tally.cccRefused + tally.refused).toBe(tally.cases);
      },
      timeout,
    );
  }
});
