/**
 * Every server action refuses callers without a session, callers whose role lacks the permission, and inputs that
 * name an SdkAppId outside the caller's apps — and a refusal reaches neither CCC (emulator request counts) nor the
 * database (audit and user rows). The enumeration test makes a new lib/actions/*-action.ts fail until it has a row
 * in REFUSALS.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { abortAgentCruiseCampaignAction } from "./abort-agent-cruise-campaign-action";
import { abortPredictiveCampaignAction } from "./abort-predictive-campaign-action";
import { createAgentCruiseCampaignAction } from "./create-agent-cruise-campaign-action";
import { createUserAction } from "./create-user-action";
import { pausePredictiveCampaignAction } from "./pause-predictive-campaign-action";
import { resetUserPasswordAction } from "./reset-user-password-action";
import { resumePredictiveCampaignAction } from "./resume-predictive-campaign-action";
import { setUserDisabledAction } from "./set-user-disabled-action";
import {
  type ActionHarness,
  APP_A,
  APP_B,
  expectNothingReached,
  fakeUser,
  startActionHarness,
} from "./testing/action-harness";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";
import { updateUserAction } from "./update-user-action";

const session = vi.mocked(getSessionUser);
const SOME_USER = "00000000-0000-4000-8000-0000000000aa";

type AnyAction = (input: never) => Promise<{ serverError?: { formError?: { code: string } } } | undefined>;

interface RefusalCase {
  action: AnyAction;
  /** A role that has the permission; the "viewer" / lacking-role case uses `deniedRole`. */
  allowedRole: "admin" | "supervisor";
  deniedRole: "viewer" | "supervisor";
  /** Valid input for an app the caller has (APP_A). */
  input: unknown;
  /** The same input naming APP_B, which the caller lacks; null when the input names no SdkAppId. */
  foreignInput: unknown | null;
}

const userFields = { role: "viewer", timeZone: "Asia/Shanghai" } as const;

/** A valid predictive edit (start a day ahead) with the snapshot of a pending campaign. */
function predictiveEdit(sdkAppId: number) {
  const start = Math.floor(Date.now() / 1000) + 86_400;
  const fields = { callOrder: 1, skillGroupId: 1, priority: 3, expectedAbandonRate: 10, retryInterval: 600 };
  const times = { startTime: start, endTime: start + 3600, variables: [] };
  return {
    ...fields,
    ...times,
    sdkAppId,
    campaignId: 1,
    name: "Edit",
    callees: "+8613800000001", // the wire form (toWire)
    callers: ["0086075586013388"],
    retryTimes: 1,
    snapshot: {
      ...fields,
      ...times,
      name: "Edit",
      ivrId: null,
      retryTimes: 1,
      uui: null,
      status: "pending",
      statusReason: 0,
    },
  };
}

/** A valid cruise create for `sdkAppId`, starting an hour from now (the action checks with its own clock). */
function cruiseInput(sdkAppId: number) {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    sdkAppId,
    name: "Refused",
    agent: "agent@test.local",
    concurrencyNumber: 1,
    startTime: start,
    endTime: start + 3600,
    callees: "+8613800000001",
    callers: ["0086075586013388"],
    callOrder: 0,
    uui: "",
    idempotencyKey: "4f9d1c1e-8f57-4d5c-9d1b-3f0a2c6b7e11",
  };
}

/** One row per exported action. */
const REFUSALS: Record<string, RefusalCase> = {
  abortPredictiveCampaignAction: {
    action: abortPredictiveCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: { sdkAppId: APP_A, campaignId: 1 },
    foreignInput: { sdkAppId: APP_B, campaignId: 1 },
  },
  pausePredictiveCampaignAction: {
    action: pausePredictiveCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: { sdkAppId: APP_A, campaignId: 1 },
    foreignInput: { sdkAppId: APP_B, campaignId: 1 },
  },
  resumePredictiveCampaignAction: {
    action: resumePredictiveCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: { sdkAppId: APP_A, campaignId: 1 },
    foreignInput: { sdkAppId: APP_B, campaignId: 1 },
  },
  updatePredictiveCampaignAction: {
    action: updatePredictiveCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: predictiveEdit(APP_A),
    foreignInput: predictiveEdit(APP_B),
  },
  createAgentCruiseCampaignAction: {
    action: createAgentCruiseCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: cruiseInput(APP_A),
    foreignInput: cruiseInput(APP_B),
  },
  abortAgentCruiseCampaignAction: {
    action: abortAgentCruiseCampaignAction as AnyAction,
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: { sdkAppId: APP_A, campaignId: 1 },
    foreignInput: { sdkAppId: APP_B, campaignId: 1 },
  },
  createUserAction: {
    action: createUserAction as AnyAction,
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: {
      ...userFields,
      email: "new@test.local",
      displayName: "New",
      sdkAppIds: [APP_A],
      password: "Str0ng-enough-pw",
    },
    foreignInput: {
      ...userFields,
      email: "new@test.local",
      displayName: "New",
      sdkAppIds: [APP_A, APP_B],
      password: "Str0ng-enough-pw",
    },
  },
  updateUserAction: {
    action: updateUserAction as AnyAction,
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { ...userFields, userId: SOME_USER, sdkAppIds: [APP_A] },
    foreignInput: { ...userFields, userId: SOME_USER, sdkAppIds: [APP_B] },
  },
  setUserDisabledAction: {
    action: setUserDisabledAction as AnyAction,
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { userId: SOME_USER, disabled: true },
    foreignInput: null,
  },
  resetUserPasswordAction: {
    action: resetUserPasswordAction as AnyAction,
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { userId: SOME_USER },
    foreignInput: null,
  },
};
/**
 * Deliberately open to signed-out callers: a preference cookie, signing in (with a password, or by being sent to the
 * identity provider), and ending one's own session (a no-op without one). Anything added here needs the same kind
 * of reason.
 */
const PUBLIC_ACTIONS = new Set(["setLocaleAction", "signInAction", "signOutAction", "ssoSignInAction"]);

// Read from the source rather than imported: importing would drag in each action's dependencies (next-auth…).
const EXPORTED = /^export\s+(?:async\s+function|const|function)\s+([A-Za-z0-9_]+)/gm;

describe("every exported server action has refusal cases", () => {
  it("lists each export of lib/actions/*-action.ts in REFUSALS (or PUBLIC_ACTIONS)", () => {
    // Server-action modules ("use server"); safe-action.ts is the client they are built with, not an action.
    const sources = readdirSync(__dirname)
      .filter((f) => f.endsWith("-action.ts"))
      .map((f) => readFileSync(path.join(__dirname, f), "utf8"))
      .filter((source) => source.startsWith('"use server"'));
    expect(sources.length).toBeGreaterThanOrEqual(Object.keys(REFUSALS).length);
    const exported: string[] = [];
    for (const source of sources) {
      for (const match of source.matchAll(EXPORTED)) {
        if (match[1]) exported.push(match[1]);
      }
    }
    const missing = exported.filter((name) => !(name in REFUSALS) && !PUBLIC_ACTIONS.has(name));
    expect(missing, "add a REFUSALS row (no session / lacking role / foreign app) for these actions").toEqual([]);
    expect(Object.keys(REFUSALS).filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe("refusals reach neither CCC nor the database", () => {
  let harness: ActionHarness;
  beforeAll(async () => {
    harness = await startActionHarness();
  }, 120_000);
  afterAll(async () => harness?.close());
  beforeEach(() => session.mockReset());

  async function expectRefused(run: () => Promise<unknown>, code: string) {
    const result = (await expectNothingReached(harness, run)) as {
      serverError?: { formError?: { code: string; message: string } };
      data?: unknown;
    };
    expect(result.serverError?.formError?.code).toBe(code);
    expect(result.data).toBeUndefined();
  }

  for (const [name, c] of Object.entries(REFUSALS)) {
    describe(name, () => {
      it("refuses without a session", async () => {
        session.mockResolvedValue(null);
        await expectRefused(() => c.action(c.input as never), "unauthenticated");
      });
      it(`refuses a ${c.deniedRole}`, async () => {
        session.mockResolvedValue(fakeUser(c.deniedRole, [APP_A, APP_B]));
        await expectRefused(() => c.action(c.input as never), "forbidden");
      });
      it.runIf(c.foreignInput !== null)("refuses an SdkAppId outside the caller's apps", async () => {
        session.mockResolvedValue(fakeUser(c.allowedRole, [APP_A]));
        await expectRefused(() => c.action(c.foreignInput as never), "forbidden_app");
      });
    });
  }
});
