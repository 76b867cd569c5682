/**
 * Server action outcomes and sign-in failures as they reach the registry: real actions through defineAction against
 * PGlite and the emulator (the session is mocked), the password sign-in action with Auth.js's signIn mocked to
 * refuse in each of its ways, and the single sign-on callback refusing a sign-in without an ID token.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/auth/auth", () => ({ signIn: vi.fn() }));
// next-auth does not load outside Next (it imports next/server); its two error classes are all the action needs.
// The real sign-in path is counted in e2e/standalone/standalone.spec.ts.
vi.mock("next-auth", () => {
  class AuthError extends Error {
    type = "AuthError";
  }
  class CredentialsSignin extends AuthError {
    override type = "CredentialsSignin";
    code = "credentials";
  }
  return { AuthError, CredentialsSignin };
});

import { AuthError } from "next-auth";
import { GET as readyGET } from "@/app/api/ready/route";
import { pausePredictiveCampaignAction } from "@/lib/actions/pause-predictive-campaign-action";
import { signInAction } from "@/lib/actions/sign-in-action";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "@/lib/actions/testing/action-harness";
import { signIn } from "@/lib/auth/auth";
import { InvalidCredentialsError, PasswordSignInOffError, SignInThrottledError } from "@/lib/auth/errors";
import { getSessionUser } from "@/lib/auth/session";
import { ssoSignInCallback } from "@/lib/auth/sso-provider";
import { createLogger } from "@/lib/log";
import { actionOutcome } from "./actions";
import { consoleMetrics, resetConsoleMetrics } from "./metrics";
import { sampleValue } from "./testing/exposition";

const session = vi.mocked(getSessionUser);
const ACTION = "pausePredictiveCampaignAction";
let harness: ActionHarness;
beforeAll(async () => {
  harness = await startActionHarness();
}, 120_000);
afterAll(async () => harness?.close());
beforeEach(() => {
  resetConsoleMetrics();
  session.mockReset();
});

const exposition = () => consoleMetrics().registry.metrics();

describe("server action outcomes", () => {
  it("counts each outcome by action: refusals, invalid input, CCC's code and success", async () => {
    const running = (await harness.emulator.admin.state()).apps
      .find((app) => app.SdkAppId === APP_A)
      ?.predictiveCampaigns.find((campaign) => campaign.Status === 1);
    if (!running) throw new Error("the demo seed has no running predictive campaign in APP_A");
    const input = { sdkAppId: APP_A, campaignId: running.CampaignId };

    session.mockResolvedValue(null);
    await pausePredictiveCampaignAction(input);
    session.mockResolvedValue(fakeUser("viewer", [APP_A]));
    await pausePredictiveCampaignAction(input);
    session.mockResolvedValue(fakeUser("supervisor", [APP_A]));
    await pausePredictiveCampaignAction({ sdkAppId: APP_A, campaignId: -1 });
    const missing = await pausePredictiveCampaignAction({ sdkAppId: APP_A, campaignId: 987_654 });
    const paused = await pausePredictiveCampaignAction(input);
    expect(paused.data?.requestId).toMatch(/\S+/);

    const text = await exposition();
    const count = (outcome: string) => sampleValue(text, "console_actions_total", { action: ACTION, outcome });
    expect(count("unauthenticated")).toBe(1);
    expect(count("forbidden")).toBe(1);
    expect(count("invalid_input")).toBe(1);
    const cccCode = missing.serverError?.formError?.code;
    expect(cccCode).toMatch(/^[A-Z]/);
    expect(count(cccCode ?? "")).toBe(1);
    expect(count("ok")).toBe(1);
    expect(sampleValue(text, "console_action_duration_seconds_count", { action: ACTION })).toBe(5);
  });

  it("names a redirect or notFound by its kind, and a field-only error invalid_input", () => {
    expect(actionOutcome({ success: false, navigationKind: "redirect" })).toBe("redirect");
    expect(actionOutcome({ success: false, serverError: { fieldErrors: { name: ["x"] } } })).toBe("invalid_input");
    expect(actionOutcome({ success: false, serverError: { formError: { code: "weird code!" } } })).toBe("other");
  });
});

describe("sign-in failures", () => {
  const form = (email: string) => {
    const data = new FormData();
    data.set("email", email);
    data.set("password", "wrong-password");
    return data;
  };

  it("counts password refusals by reason, never by who", async () => {
    const refusals = [
      new InvalidCredentialsError(),
      new InvalidCredentialsError(),
      new SignInThrottledError(42),
      new PasswordSignInOffError(),
      new AuthError("database down"),
    ];
    for (const [index, refusal] of refusals.entries()) {
      vi.mocked(signIn).mockRejectedValueOnce(refusal);
      await signInAction({ status: "idle", email: "" }, form(`person${index}@secret.example`));
    }
    vi.mocked(signIn).mockResolvedValueOnce(undefined);
    await signInAction({ status: "idle", email: "" }, form("ok@secret.example"));

    const text = await exposition();
    const failures = (reason: string) =>
      sampleValue(text, "console_sign_in_failures_total", { method: "password", reason });
    expect(failures("invalid")).toBe(2);
    expect(failures("throttled")).toBe(1);
    expect(failures("password_off")).toBe(1);
    expect(failures("unavailable")).toBe(1);
    expect(text).not.toContain("secret.example");
  });

  it("counts a refused single sign-on by its reason", async () => {
    const oidc = {
      issuer: "http://127.0.0.1:9/issuer",
      clientId: "console",
      clientSecret: "client-secret-value",
      displayName: "Test IdP",
      scope: "openid email",
      unknownUsers: "refuse" as const,
    };
    const callback = ssoSignInCallback(oidc, createLogger(undefined, { level: "silent" }));
    const answer = await callback({ user: {}, account: { provider: "oidc", type: "oidc", providerAccountId: "s" } });
    expect(answer).toMatch(/error=/);
    const text = await exposition();
    expect(sampleValue(text, "console_sign_in_failures_total", { method: "sso", reason: "id_token_missing" })).toBe(1);
    expect(text).not.toContain("client-secret-value");
  });
});

describe("readiness", () => {
  it("keeps each check's outcome of the last probe", async () => {
    expect((await readyGET()).status).toBe(200);
    const text = await exposition();
    for (const check of ["database", "migrations", "cccConfig"]) {
      expect(sampleValue(text, "console_ready_check", { check }), check).toBe(1);
    }
  });
});
