import { expect, it } from "vitest";
import { listAuditEvents } from "@/lib/db/audit";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { createUser, findUserByEmail, findUserCredentials, setUserDisabled } from "@/lib/db/users";
import type { SsoIdentity } from "./sso-claims";
import { signInSsoUser } from "./sso-users";

let seq = 0;
const email = (name: string) => `${name}.${process.pid}.${++seq}@sso.test`;

const identity = (overrides: Partial<SsoIdentity> & { email: string }): SsoIdentity => ({
  displayName: "Ann Lee",
  role: "supervisor",
  sdkAppIds: [1400000002],
  notes: [],
  ...overrides,
});

describeEachBackend("signInSsoUser", ({ db }) => {
  const lastAudit = async (userId: string) => (await listAuditEvents(db(), { userId }, { limit: 1 })).rows[0];

  it("updates role and apps from the claims, bumping session_version, and records the change", async () => {
    const before = await createUser(db(), { email: email("ann"), displayName: "Ann", role: "viewer", sdkAppIds: [1] });
    const result = await signInSsoUser(db(), identity({ email: before.email }), "refuse");
    expect(result).toMatchObject({
      ok: true,
      outcome: "updated",
      user: { id: before.id, role: "supervisor", sdkAppIds: [1400000002], sessionVersion: before.sessionVersion + 1 },
    });
    expect(await lastAudit(before.id)).toMatchObject({
      action: "user.sso_sync",
      userEmail: before.email,
      outcome: "ok",
      summary: {
        email: before.email,
        changes: { role: { from: "viewer", to: "supervisor" }, sdkAppIds: { from: [1], to: [1400000002] } },
      },
    });

    // The same claims again change nothing: same session_version, no new audit row.
    const again = await signInSsoUser(db(), identity({ email: before.email }), "refuse");
    expect(again).toMatchObject({
      ok: true,
      outcome: "signed_in",
      user: { sessionVersion: before.sessionVersion + 1 },
    });
    expect((await listAuditEvents(db(), { userId: before.id })).total).toBe(1);
  });

  it("leaves role and apps alone when the claims are not mapped", async () => {
    const before = await createUser(db(), { email: email("kim"), displayName: "Kim", role: "admin", sdkAppIds: [7] });
    const result = await signInSsoUser(db(), identity({ email: before.email, role: null, sdkAppIds: null }), "refuse");
    expect(result).toMatchObject({ ok: true, outcome: "signed_in", user: { role: "admin", sdkAppIds: [7] } });
    expect(result.ok && result.user.sessionVersion).toBe(before.sessionVersion);
  });

  it("refuses an unknown user when the policy is refuse, creating nothing", async () => {
    const address = email("stranger");
    expect(await signInSsoUser(db(), identity({ email: address }), "refuse")).toEqual({
      ok: false,
      reason: "unknown_user",
      userId: null,
    });
    expect(await findUserByEmail(db(), address)).toBeNull();
  });

  it("provisions an unknown user as a viewer without apps and without a password, and records it", async () => {
    const address = email("newcomer");
    const result = await signInSsoUser(
      db(),
      identity({ email: address, displayName: "New Comer", role: null, sdkAppIds: null }),
      "provision",
    );
    expect(result).toMatchObject({
      ok: true,
      outcome: "provisioned",
      user: { email: address, displayName: "New Comer", role: "viewer", sdkAppIds: [], disabled: false },
    });
    expect((await findUserCredentials(db(), address))?.passwordHash).toBeNull();
    const user = result.ok ? result.user : undefined;
    expect(await lastAudit(user?.id ?? "")).toMatchObject({
      action: "user.sso_provision",
      userEmail: address,
      summary: { email: address, role: "viewer", sdkAppIds: [] },
    });
  });

  it("provisions with the claimed role and apps when they are mapped", async () => {
    const result = await signInSsoUser(db(), identity({ email: email("mapped") }), "provision");
    expect(result).toMatchObject({
      ok: true,
      outcome: "provisioned",
      user: { role: "supervisor", sdkAppIds: [1400000002] },
    });
  });

  it("refuses a disabled user without touching the account", async () => {
    const user = await createUser(db(), { email: email("off"), displayName: "Off", role: "viewer" });
    const disabled = await setUserDisabled(db(), user.id, true);
    expect(await signInSsoUser(db(), identity({ email: user.email }), "provision")).toEqual({
      ok: false,
      reason: "disabled",
      userId: user.id,
    });
    expect(await findUserByEmail(db(), user.email)).toMatchObject({
      role: "viewer",
      sessionVersion: disabled?.sessionVersion,
    });
  });

  it("two first sign-ins at once end with one user", async () => {
    const address = email("race");
    const results = await Promise.all([
      signInSsoUser(db(), identity({ email: address }), "provision"),
      signInSsoUser(db(), identity({ email: address }), "provision"),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const ids = results.map((result) => (result.ok ? result.user.id : ""));
    expect(ids[0]).toBe(ids[1]);
  });
});
