/**
 * The allowed path through the guard, against a real PGlite database and the in-process CCC emulator: results,
 * error mapping (CCC codes and RequestIds, zod field errors, self-lockout refusals) and the audit rows written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { verifyPassword } from "@/lib/auth/password";
import { getSessionUser } from "@/lib/auth/session";
import { findUserByEmail, findUserCredentials, getDb, listAuditEvents } from "@/lib/db";
import { abortPredictiveCampaignAction } from "./abort-predictive-campaign-action";
import { createUserAction } from "./create-user-action";
import { resetUserPasswordAction } from "./reset-user-password-action";
import { setUserDisabledAction } from "./set-user-disabled-action";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "./testing/action-harness";
import { updateUserAction } from "./update-user-action";

const session = vi.mocked(getSessionUser);
const ADMIN_ID = "00000000-0000-4000-8000-0000000000ad";
const admin = fakeUser("admin", [APP_A], ADMIN_ID);
const newUser = {
  email: "Agent.Lee@Test.local",
  displayName: "Agent Lee",
  role: "viewer",
  sdkAppIds: [APP_A],
  timeZone: "Europe/Berlin",
  password: "Correct-Horse-9-battery",
} as const;

let harness: ActionHarness;
beforeAll(async () => {
  harness = await startActionHarness();
}, 120_000);
afterAll(async () => harness?.close());
beforeEach(() => session.mockResolvedValue(admin));

async function lastAudit() {
  return (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
}

describe("abortPredictiveCampaignAction", () => {
  it("aborts a campaign of the supervisor's app and audits it with CCC's RequestId", async () => {
    const state = await harness.emulator.admin.state();
    const campaign = state.apps
      .find((app) => app.SdkAppId === APP_A)
      ?.predictiveCampaigns.find((c) => c.Status === 1 || c.Status === 2);
    if (!campaign) throw new Error("the demo seed has no running campaign in APP_A");
    session.mockResolvedValue(fakeUser("supervisor", [APP_A], ADMIN_ID));
    const before = (await harness.emulator.admin.requestCounts()).byAction.AbortPredictiveDialingCampaign?.total ?? 0;

    const result = await abortPredictiveCampaignAction({ sdkAppId: APP_A, campaignId: campaign.CampaignId });

    expect(result.serverError).toBeUndefined();
    expect(result.data?.requestId).toMatch(/\S+/);
    expect((await harness.emulator.admin.requestCounts()).byAction.AbortPredictiveDialingCampaign?.total).toBe(
      before + 1,
    );
    expect((await harness.emulator.admin.predictiveCampaign(APP_A, campaign.CampaignId)).Status).toBe(3);
    expect(await lastAudit()).toMatchObject({
      action: "AbortPredictiveDialingCampaign",
      outcome: "ok",
      sdkAppId: APP_A,
      campaignId: campaign.CampaignId,
      cccRequestId: result.data?.requestId,
      userEmail: "supervisor@test.local",
    });
  });

  it("maps a CCC refusal to formError with the code and RequestId, and audits the error", async () => {
    session.mockResolvedValue(fakeUser("supervisor", [APP_A], ADMIN_ID));
    const result = await abortPredictiveCampaignAction({ sdkAppId: APP_A, campaignId: 987_654 });
    const formError = result.serverError?.formError;
    expect(formError?.code).toMatch(/^(ResourceNotFound|FailedOperation|InvalidParameter)/);
    expect(formError?.message).not.toContain("987654");
    expect(result.serverError?.requestId).toMatch(/\S+/);
    expect(await lastAudit()).toMatchObject({
      outcome: "error",
      errorCode: formError?.code,
      cccRequestId: result.serverError?.requestId,
    });
  });
});

describe("user administration", () => {
  it("creates a user, audits it without the password, and refuses the same email again", async () => {
    const result = await createUserAction({ ...newUser, sdkAppIds: [...newUser.sdkAppIds] });
    expect(result.serverError).toBeUndefined();
    const created = await findUserByEmail(await getDb(), "agent.lee@test.local");
    expect(created).toMatchObject({ role: "viewer", timeZone: "Europe/Berlin", sdkAppIds: [APP_A] });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "user.create", outcome: "ok", userId: ADMIN_ID });
    expect(JSON.stringify(audit?.summary)).not.toContain(newUser.password);

    const again = await createUserAction({ ...newUser, sdkAppIds: [APP_A] });
    expect(again.validationErrors?.fieldErrors).toEqual({ email: ["emailTaken"] });
  });

  it("rejects a weak password with the same schema the form uses", async () => {
    const result = await createUserAction({
      ...newUser,
      email: "weak@test.local",
      sdkAppIds: [],
      password: "alllowercaseletters",
    });
    expect(result.validationErrors?.fieldErrors.password).toEqual(["passwordWeak"]);
    expect(await findUserByEmail(await getDb(), "weak@test.local")).toBeNull();
  });

  it("changes role, disables and resets the password; each is audited", async () => {
    const target = await findUserByEmail(await getDb(), "agent.lee@test.local");
    if (!target) throw new Error("created user missing");
    const update = await updateUserAction({
      userId: target.id,
      role: "supervisor",
      sdkAppIds: [APP_A],
      timeZone: "UTC",
    });
    expect(update.serverError).toBeUndefined();
    expect((await lastAudit())?.summary).toEqual({
      email: target.email,
      changes: { role: { from: "viewer", to: "supervisor" }, timeZone: { from: "Europe/Berlin", to: "UTC" } },
    });

    expect((await setUserDisabledAction({ userId: target.id, disabled: true })).data).toEqual({
      userId: target.id,
      disabled: true,
    });
    expect((await lastAudit())?.action).toBe("user.disable");

    const reset = await resetUserPasswordAction({ userId: target.id });
    const password = reset.data?.password ?? "";
    expect(password).toHaveLength(20);
    const stored = await findUserCredentials(await getDb(), target.email);
    expect(await verifyPassword(stored?.passwordHash ?? "", password)).toBe(true);
    expect(JSON.stringify((await lastAudit())?.summary)).not.toContain(password);
  });

  it("refuses to let an admin disable or demote themselves", async () => {
    const self = await createUserAction({ ...newUser, email: "self@test.local", role: "admin", sdkAppIds: [APP_A] });
    const selfId = self.data?.userId ?? "";
    session.mockResolvedValue(fakeUser("admin", [APP_A], selfId));
    const disable = await setUserDisabledAction({ userId: selfId, disabled: true });
    expect(disable.serverError?.formError?.code).toBe("self_lockout");
    const demote = await updateUserAction({ userId: selfId, role: "viewer", sdkAppIds: [APP_A], timeZone: "UTC" });
    expect(demote.serverError?.formError?.code).toBe("self_lockout");
    expect((await findUserByEmail(await getDb(), "self@test.local"))?.role).toBe("admin");
  });
});
