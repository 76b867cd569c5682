/**
 * Security probes through the real session check (lib/auth/session.ts → session-user.ts → the users table): only
 * Auth.js's cookie decoding is replaced, by claims the test chooses, so what a decrypted but no longer valid cookie
 * gets is checked for every guarded action and route. A disabled user, a stale session version, a deleted user and
 * claims without a version are each refused as signed out, with nothing reaching CCC or the database. Then a user
 * limited to one app who names that app with another app's campaign: CCC answers for the app named, so the other
 * app's campaign is never touched. (The cookie itself — forged, expired, tampered — is probed in
 * e2e/security/session-probes.spec.ts against the production server.)
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(), SIGN_IN_PATH: "/sign-in" }));

import {
  type ActionHarness,
  APP_A,
  APP_B,
  expectNothingReached,
  startActionHarness,
} from "@/lib/actions/testing/action-harness";
import { REFUSALS } from "@/lib/actions/testing/refusal-cases";
import { cruiseInput, predictiveEdit } from "@/lib/actions/testing/refusal-inputs";
import { runningCampaigns, type SeedIds } from "@/lib/api/testing/route-calls";
import { ROUTES, recordSeededCruise, sendRoute } from "@/lib/api/testing/route-cases";
import { auth } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/session";
import { createUser, getDb, setUserDisabled, updateUser } from "@/lib/db";

type Claims = { userId?: string; sessionVersion?: number };
const signedInAs = vi.mocked(auth as unknown as () => Promise<(Claims & { expires: string }) | null>);
const asSession = (claims: Claims) => ({ ...claims, expires: new Date(Date.now() + 3_600_000).toISOString() });

async function newUser(role: "admin" | "supervisor", sdkAppIds: number[]) {
  const email = `${randomUUID()}@probe.local`;
  return createUser(await getDb(), { email, displayName: "Probe", role, sdkAppIds });
}

function actionOf(name: string) {
  const c = REFUSALS[name];
  if (!c) throw new Error(`no refusal case for ${name}`);
  return c.action;
}

let harness: ActionHarness;
let idsA: SeedIds;
let idsB: SeedIds;
beforeAll(async () => {
  process.env.CCC_READ_FRESH_MS = "0";
  harness = await startActionHarness();
  const state = await harness.emulator.admin.state();
  idsA = runningCampaigns(state, APP_A);
  idsB = runningCampaigns(state, APP_B);
  await recordSeededCruise(APP_A, idsA.cruise);
}, 120_000);
afterAll(async () => harness?.close());
beforeEach(() => signedInAs.mockReset());

/** Each builds the claims of a cookie that still decrypts, for an admin of both apps who is no longer valid. */
const STALE_SESSIONS: Record<string, () => Promise<Claims>> = {
  "a user disabled after the cookie was issued": async () => {
    const user = await newUser("admin", [APP_A, APP_B]);
    await setUserDisabled(await getDb(), user.id, true);
    return { userId: user.id, sessionVersion: user.sessionVersion };
  },
  "a disabled user, even with the current session version": async () => {
    const user = await newUser("admin", [APP_A, APP_B]);
    const disabled = await setUserDisabled(await getDb(), user.id, true);
    return { userId: user.id, sessionVersion: disabled?.sessionVersion };
  },
  "a user whose role changed after the cookie was issued": async () => {
    const user = await newUser("admin", [APP_A, APP_B]);
    await updateUser(await getDb(), user.id, { role: "supervisor" });
    return { userId: user.id, sessionVersion: user.sessionVersion };
  },
  "a user who no longer exists": async () => ({ userId: randomUUID(), sessionVersion: 1 }),
  "claims without a session version": async () => ({ userId: (await newUser("admin", [APP_A, APP_B])).id }),
};

describe("the control: a valid session of an admin of both apps", () => {
  it("is resolved and reaches CCC through a route", async () => {
    const user = await newUser("admin", [APP_A, APP_B]);
    signedInAs.mockResolvedValue(asSession({ userId: user.id, sessionVersion: user.sessionVersion }));
    expect((await getSessionUser())?.id).toBe(user.id);
    const before = (await harness.emulator.admin.requestCounts()).total;
    const response = await sendRoute(ROUTES["GET /api/apps/[sdkAppId]/numbers"] as never, APP_A, idsA);
    expect(response.status).toBe(200);
    expect((await harness.emulator.admin.requestCounts()).total).toBeGreaterThan(before);
  });
});

for (const [label, claimsFor] of Object.entries(STALE_SESSIONS)) {
  describe(`a cookie that decrypts, of ${label}`, () => {
    beforeEach(async () => {
      signedInAs.mockResolvedValue(asSession(await claimsFor()));
    });

    it("is no session at all", async () => {
      expect(await getSessionUser()).toBeNull();
    });

    it("is refused as signed out by every guarded action, reaching neither CCC nor the database", async () => {
      for (const [name, c] of Object.entries(REFUSALS)) {
        const result = await expectNothingReached(harness, () => c.action(c.input as never));
        expect(result?.serverError?.formError?.code, name).toBe("unauthenticated");
        expect(result?.data, name).toBeUndefined();
      }
    });

    it("is answered 401 by every guarded route, without calling CCC", async () => {
      for (const [key, c] of Object.entries(ROUTES)) {
        const response = await expectNothingReached(harness, () => sendRoute(c, APP_A, idsA));
        expect(response.status, key).toBe(401);
      }
    });
  });
}

describe("a supervisor of one app naming that app with the other app's campaign", () => {
  beforeEach(async () => {
    const user = await newUser("supervisor", [APP_A]);
    signedInAs.mockResolvedValue(asSession({ userId: user.id, sessionVersion: user.sessionVersion }));
  });

  async function campaignsOfB() {
    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_B);
    return JSON.stringify([app?.predictiveCampaigns, app?.cruiseCampaigns]);
  }

  it("changes nothing of the other app through any campaign action", async () => {
    const before = await campaignsOfB();
    const calls: [string, unknown][] = [
      ["abortPredictiveCampaignAction", { sdkAppId: APP_A, campaignId: idsB.predictive }],
      ["pausePredictiveCampaignAction", { sdkAppId: APP_A, campaignId: idsB.predictive }],
      ["resumePredictiveCampaignAction", { sdkAppId: APP_A, campaignId: idsB.predictive }],
      ["updatePredictiveCampaignAction", predictiveEdit(APP_A, idsB.predictive)],
      ["abortAgentCruiseCampaignAction", { sdkAppId: APP_A, campaignId: idsB.cruise }],
    ];
    for (const [name, input] of calls) {
      const result = await actionOf(name)(input as never);
      expect(result?.data, name).toBeUndefined();
      expect(result?.serverError?.formError?.code, name).toBeTruthy();
    }
    expect(await campaignsOfB()).toBe(before);
  });

  it("reads nothing of the other app's campaigns through the routes", async () => {
    for (const key of [
      "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]",
      "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]",
    ]) {
      const response = await sendRoute(ROUTES[key] as never, APP_A, idsB);
      // CCC answers ResourceNotFound for the app named: 404 (predictive) or 502 carrying CCC's code (cruise).
      expect([404, 502], key).toContain(response.status);
      const body = (await response.json()) as Record<string, unknown>;
      expect(
        Object.keys(body).filter((k) => k !== "formError" && k !== "requestId"),
        key,
      ).toEqual([]);
    }
  });

  it("is refused before CCC when the input names the other app anywhere", async () => {
    const result = await expectNothingReached(harness, () =>
      actionOf("createAgentCruiseCampaignAction")(cruiseInput(APP_B, randomUUID()) as never),
    );
    expect(result?.serverError?.formError?.code).toBe("forbidden_app");
  });
});
