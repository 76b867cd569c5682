/**
 * The logs of a run that creates campaigns with callees — successes, a CCC error and one CCC refuses — hold
 * neither the SecretKey, nor a TC3 signature or Authorization value, nor any callee number. The logger is the
 * project's own (same redaction), at level trace and writing to memory; the actions, the signed client and the CCC
 * emulator are the real ones.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const captured = vi.hoisted(() => ({ lines: [] as string[] }));

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/log", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/log")>();
  const destination = { write: (line: string) => void captured.lines.push(line) };
  return { ...real, logger: real.createLogger(destination, { level: "trace" }) };
});

import { abortAgentCruiseCampaignAction } from "@/lib/actions/abort-agent-cruise-campaign-action";
import { createAgentCruiseCampaignAction } from "@/lib/actions/create-agent-cruise-campaign-action";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "@/lib/actions/testing/action-harness";
import { getSessionUser } from "@/lib/auth/session";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";

const CAMPAIGNS = 4;
const CALLEES_EACH = 250;

/** Distinct mainland mobile numbers, national significant part 11 digits. */
const calleesOf = (campaign: number) =>
  Array.from({ length: CALLEES_EACH }, (_, k) => `139${String(campaign * 1_000_000 + k * 37 + 11).padStart(8, "0")}`);

let harness: ActionHarness;
beforeAll(async () => {
  harness = await startActionHarness();
  vi.mocked(getSessionUser).mockResolvedValue(fakeUser("supervisor", [APP_A]));
}, 120_000);
afterAll(async () => harness?.close());

async function runCreates(): Promise<{ created: number; failed: number }> {
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const agent = app?.staff[0]?.Mail ?? "";
  const caller = app?.numbers.find((n) => n.State === 1)?.Number ?? "";
  // The first create meets an InternalError from CCC, so the failure path logs too.
  await harness.emulator.admin.injectFault({
    action: "CreateAgentCruiseDialingCampaign",
    kind: "error",
    code: "InternalError",
    times: 1,
  });
  let created = 0;
  let failed = 0;
  for (let campaign = 0; campaign < CAMPAIGNS; campaign += 1) {
    const start = Math.floor(Date.now() / 1000) + 3600;
    const result = await createAgentCruiseCampaignAction({
      sdkAppId: APP_A,
      name: `Log probe ${campaign}`,
      agent,
      concurrencyNumber: 2,
      startTime: start,
      endTime: start + 3600,
      callees: calleesOf(campaign).join("\n"),
      callers: [caller],
      callOrder: 0,
      uui: "probe",
      idempotencyKey: randomUUID(),
    } as never);
    if (result.data) {
      created += 1;
      await abortAgentCruiseCampaignAction({ sdkAppId: APP_A, campaignId: result.data.campaignId } as never);
    } else failed += 1;
  }
  return { created, failed };
}

describe("logs of a run that created campaigns with callees", () => {
  it("hold no SecretKey, signature, Authorization value or callee number", async () => {
    const outcome = await runCreates();
    expect(outcome).toEqual({ created: CAMPAIGNS - 1, failed: 1 });
    const log = captured.lines.join("");
    // The capture works: every CCC call was logged, the failed one with CCC's code.
    expect(log.match(/"action":"CreateAgentCruiseDialingCampaign"/g)?.length).toBeGreaterThanOrEqual(CAMPAIGNS);
    expect(log).toContain('"outcome":"InternalError"');

    expect(log).not.toContain(DEMO_CREDENTIALS.secretKey);
    for (const marker of ["TC3-HMAC-SHA256", "Signature=", "Credential=", "SignedHeaders"]) {
      expect(log, marker).not.toContain(marker);
    }
    const leaked = Array.from({ length: CAMPAIGNS }, (_, c) => calleesOf(c))
      .flat()
      .filter((national) => log.includes(national));
    expect(leaked).toEqual([]);
  });
});
