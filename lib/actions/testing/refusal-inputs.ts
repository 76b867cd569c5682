/**
 * The inputs every refusal test sends to each guarded server action: valid input for an app the caller has (APP_A),
 * the same naming APP_B, and which roles hold / lack the action's permission. Free of server imports, so the
 * vitest refusal tables (refusal-cases.ts) and the Playwright probes (e2e/security/) send the same calls.
 */
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";

export const [APP_A, APP_B] = DEMO_CREDENTIALS.sdkAppIds as readonly [number, number];

export interface RefusalInputs {
  /** A role that has the permission; the lacking-role case uses `deniedRole` (null: every role may). */
  allowedRole: "admin" | "supervisor" | "viewer";
  deniedRole: "viewer" | "supervisor" | null;
  /** Valid input for an app the caller has (APP_A). */
  input: unknown;
  /** The same input naming APP_B, which the caller lacks; null when the input names no SdkAppId. */
  foreignInput: unknown | null;
}

const SOME_USER = "00000000-0000-4000-8000-0000000000aa";
const userFields = { role: "viewer", timeZone: "Asia/Shanghai" } as const;

/** A valid predictive edit (start a day ahead) with the snapshot of a pending campaign. */
export function predictiveEdit(sdkAppId: number, campaignId = 1) {
  const start = Math.floor(Date.now() / 1000) + 86_400;
  const fields = { callOrder: 1, skillGroupId: 1, priority: 3, expectedAbandonRate: 10, retryInterval: 600 };
  const times = { startTime: start, endTime: start + 3600, variables: [] };
  return {
    ...fields,
    ...times,
    sdkAppId,
    campaignId,
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
export function cruiseInput(sdkAppId: number, idempotencyKey = "4f9d1c1e-8f57-4d5c-9d1b-3f0a2c6b7e11") {
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
    idempotencyKey,
  };
}

/** A valid predictive create for `sdkAppId`, starting a day ahead, with calling windows. */
export function predictiveCreateInput(sdkAppId: number, idempotencyKey = "9a3e3c1e-8f57-4d5c-9d1b-3f0a2c6b7e12") {
  const start = Math.floor(Date.now() / 1000) + 86_400;
  return {
    sdkAppId,
    name: "Refused",
    skillGroupId: 1,
    priority: 3,
    callOrder: 0 as const,
    expectedAbandonRate: 5,
    retryInterval: 600,
    startTime: start,
    endTime: start + 3600,
    callees: "+8613800000001", // the wire form (toWire)
    calleeAttributes: "[]", // the wire form (attributesToWire)
    callers: ["0086075586013388"],
    variables: [],
    uui: "",
    timeZone: "Asia/Shanghai",
    availableTime: [{ start: "09:00", end: "18:00" }],
    idempotencyKey,
  };
}

const campaignWrite = (campaignId = 1): RefusalInputs => ({
  allowedRole: "supervisor",
  deniedRole: "viewer",
  input: { sdkAppId: APP_A, campaignId },
  foreignInput: { sdkAppId: APP_B, campaignId },
});

const newUser = (sdkAppIds: number[]) => ({
  ...userFields,
  email: "new@test.local",
  displayName: "New",
  sdkAppIds,
  password: "Str0ng-enough-pw",
});

const doNotCallWrite = (input: Record<string, unknown>): RefusalInputs => ({
  allowedRole: "supervisor",
  deniedRole: "viewer",
  input: { sdkAppId: APP_A, ...input },
  foreignInput: { sdkAppId: APP_B, ...input },
});

/** One row per guarded action (every export of lib/actions/*-action.ts but the public ones), by exported name. */
export const ACTION_REFUSAL_INPUTS = {
  abortPredictiveCampaignAction: campaignWrite(),
  pausePredictiveCampaignAction: campaignWrite(),
  resumePredictiveCampaignAction: campaignWrite(),
  updatePredictiveCampaignAction: {
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: predictiveEdit(APP_A),
    foreignInput: predictiveEdit(APP_B),
  },
  createPredictiveCampaignAction: {
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: predictiveCreateInput(APP_A),
    foreignInput: predictiveCreateInput(APP_B),
  },
  deletePredictiveCampaignAction: campaignWrite(),
  createAgentCruiseCampaignAction: {
    allowedRole: "supervisor",
    deniedRole: "viewer",
    input: cruiseInput(APP_A),
    foreignInput: cruiseInput(APP_B),
  },
  abortAgentCruiseCampaignAction: campaignWrite(),
  trackCruiseCampaignAction: campaignWrite(),
  createUserAction: {
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: newUser([APP_A]),
    foreignInput: newUser([APP_A, APP_B]),
  },
  updateUserAction: {
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { ...userFields, userId: SOME_USER, sdkAppIds: [APP_A] },
    foreignInput: { ...userFields, userId: SOME_USER, sdkAppIds: [APP_B] },
  },
  setUserDisabledAction: {
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { userId: SOME_USER, disabled: true },
    foreignInput: null,
  },
  // One's own preference: every signed-in role may, so only the session refusal applies.
  setMyTimeZoneAction: {
    allowedRole: "viewer",
    deniedRole: null,
    input: { timeZone: "America/New_York" },
    foreignInput: null,
  },
  resetUserPasswordAction: {
    allowedRole: "admin",
    deniedRole: "supervisor",
    input: { userId: SOME_USER },
    foreignInput: null,
  },
  addDoNotCallAction: doNotCallWrite({ phone: "+8613800000001", note: "" }),
  removeDoNotCallAction: doNotCallWrite({ phones: ["+8613800000001"] }),
  importDoNotCallAction: doNotCallWrite({ numbers: "+8613800000001\n+8613800000002", note: "" }),
  checkDoNotCallAction: doNotCallWrite({ callees: "+8613800000001" }),
} as const satisfies Record<string, RefusalInputs>;

export type GuardedActionName = keyof typeof ACTION_REFUSAL_INPUTS;

/**
 * Deliberately open to signed-out callers: a preference cookie, signing in (with a password, or by being sent to the
 * identity provider), and ending one's own session (a no-op without one). Anything added here needs the same kind
 * of reason.
 */
export const PUBLIC_ACTIONS = new Set(["setLocaleAction", "signInAction", "signOutAction", "ssoSignInAction"]);
