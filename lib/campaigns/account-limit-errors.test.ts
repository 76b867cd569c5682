/**
 * CCC's account refusals (base package expired, too few licenses, quota used up) through the real path: the
 * emulator answers with the code (an injected fault whose message names request fields), the signed client, the
 * actions and loaders. Each lands as a form-level error or page failure with its own code, never on a field, and
 * each has its own text in both languages.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { failureKey } from "@/components/failure/failure-key";
import { createAgentCruiseCampaignAction } from "@/lib/actions/create-agent-cruise-campaign-action";
import { pausePredictiveCampaignAction } from "@/lib/actions/pause-predictive-campaign-action";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "@/lib/actions/testing/action-harness";
import { getSessionUser } from "@/lib/auth/session";
import { ACCOUNT_LIMIT_CODES } from "@/lib/ccc/errors";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { accountLimitKey } from "./ccc-failure";
import { loadPredictiveCampaign } from "./predictive/load-campaign.server";

const session = vi.mocked(getSessionUser);
// Names request fields on purpose: a message must never put an account refusal on a form field.
const MESSAGE = "Agent license insufficient for Callees";

let harness: ActionHarness;
let seed: { agent: string; caller: string; running: number; pending: number };
beforeAll(async () => {
  harness = await startActionHarness();
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const campaign = (status: number) => app?.predictiveCampaigns.find((c) => c.Status === status)?.CampaignId ?? 0;
  seed = {
    agent: app?.staff[0]?.Mail ?? "",
    caller: app?.numbers.find((n) => n.State === 1)?.Number ?? "",
    running: campaign(1),
    pending: campaign(0),
  };
}, 120_000);
afterAll(async () => harness?.close());
beforeEach(async () => {
  session.mockResolvedValue(fakeUser("supervisor", [APP_A]));
  await harness.emulator.admin.clearFaults();
});

const refuse = (action: string, code: string) =>
  harness.emulator.admin.injectFault({ action, kind: "error", code, message: MESSAGE, times: 1 });

function cruiseInput() {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    sdkAppId: APP_A,
    name: "Licence check",
    agent: seed.agent,
    concurrencyNumber: 2,
    startTime: start,
    endTime: start + 3600,
    callees: "+8613800000001",
    callers: [seed.caller],
    callOrder: 0 as const,
    uui: "",
    idempotencyKey: randomUUID(),
  };
}

describe.each(ACCOUNT_LIMIT_CODES)("%s", (code) => {
  it("a cruise create refused with it is a form-level error with its code and RequestId", async () => {
    await refuse("CreateAgentCruiseDialingCampaign", code);
    const result = await createAgentCruiseCampaignAction(cruiseInput() as never);
    expect(result.data).toBeUndefined();
    expect(result.serverError?.fieldErrors).toBeUndefined();
    expect(result.serverError?.formError?.code).toBe(code);
    expect(result.serverError?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a lifecycle change refused with it is a form-level error", async () => {
    await refuse("PausePredictiveDialingCampaign", code);
    const result = await pausePredictiveCampaignAction({ sdkAppId: APP_A, campaignId: seed.running });
    expect(result.serverError?.fieldErrors).toBeUndefined();
    expect(result.serverError?.formError?.code).toBe(code);
  });

  it("a page whose read is refused with it shows its own category", async () => {
    await refuse("DescribePredictiveDialingCampaign", code);
    const user = fakeUser("viewer", [APP_A]);
    const result = await loadPredictiveCampaign({ sdkAppId: String(APP_A), campaignId: String(seed.pending) }, user, {
      fresh: true,
    });
    expect(result).toMatchObject({ state: "failed", failure: { code, category: accountLimitKey(code) } });
  });

  it("has its own text in the failure notice (what happened, what to do) in both languages", () => {
    const key = failureKey(code);
    expect(key).not.toBe("cccLimit");
    for (const messages of [en, zhCN]) {
      const { what, next } = messages.Failure as unknown as {
        what: Record<string, string>;
        next: Record<string, string>;
      };
      expect(what[key]?.length).toBeGreaterThan(20);
      expect(next[key]?.length).toBeGreaterThan(10);
    }
  });
});

it("each account refusal has a text of its own", () => {
  for (const messages of [en, zhCN]) {
    const what = (messages.Failure as unknown as { what: Record<string, string> }).what;
    const texts = ACCOUNT_LIMIT_CODES.map((code) => what[failureKey(code)]);
    expect(new Set(texts).size).toBe(ACCOUNT_LIMIT_CODES.length);
  }
});

it("other LimitExceeded codes keep their generic handling", () => {
  expect(accountLimitKey("LimitExceeded.OutOfCountLimit")).toBeUndefined();
  expect(failureKey("LimitExceeded.OutOfCountLimit")).toBe("cccLimit");
});
