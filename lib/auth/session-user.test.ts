import { beforeAll, expect, it } from "vitest";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { createUser, setUserDisabled, setUserPasswordHash, updateUser } from "@/lib/db/users";
import { hashPassword } from "./password";
import { resolveSessionUser } from "./session-user";

describeEachBackend("resolveSessionUser", ({ db }) => {
  let hash = "";
  beforeAll(async () => {
    hash = await hashPassword("a long enough password");
  });

  async function signedIn(email: string) {
    const user = await createUser(db(), {
      email,
      displayName: "Supervisor One",
      passwordHash: hash,
      role: "supervisor",
      sdkAppIds: [1400000002, 1400000001],
      timeZone: "Europe/Berlin",
    });
    return { user, claims: { userId: user.id, sessionVersion: user.sessionVersion } };
  }

  it("returns the user as the database has it", async () => {
    const { user, claims } = await signedIn("one@example.test");
    expect(await resolveSessionUser(db(), claims)).toEqual({
      id: user.id,
      email: "one@example.test",
      displayName: "Supervisor One",
      role: "supervisor",
      sdkAppIds: [1400000001, 1400000002],
      timeZone: "Europe/Berlin",
    });
  });

  it("returns null once the user is disabled, even if re-enabled later", async () => {
    const { user, claims } = await signedIn("two@example.test");
    await setUserDisabled(db(), user.id, true);
    expect(await resolveSessionUser(db(), claims)).toBeNull();
    await setUserDisabled(db(), user.id, false);
    expect(await resolveSessionUser(db(), claims)).toBeNull();
  });

  it("returns null after a role or app change, and after a password reset", async () => {
    const a = await signedIn("three@example.test");
    await updateUser(db(), a.user.id, { role: "viewer" });
    expect(await resolveSessionUser(db(), a.claims)).toBeNull();
    const b = await signedIn("four@example.test");
    await updateUser(db(), b.user.id, { sdkAppIds: [1400000001] });
    expect(await resolveSessionUser(db(), b.claims)).toBeNull();
    const c = await signedIn("five@example.test");
    await setUserPasswordHash(db(), c.user.id, hash);
    expect(await resolveSessionUser(db(), c.claims)).toBeNull();
  });

  it("keeps the session for a display-name change", async () => {
    const { user, claims } = await signedIn("six@example.test");
    await updateUser(db(), user.id, { displayName: "Renamed" });
    expect((await resolveSessionUser(db(), claims))?.displayName).toBe("Renamed");
  });

  it("returns null for missing, malformed or unknown claims", async () => {
    expect(await resolveSessionUser(db(), null)).toBeNull();
    expect(await resolveSessionUser(db(), { userId: "not-a-uuid", sessionVersion: 1 })).toBeNull();
    expect(
      await resolveSessionUser(db(), { userId: "00000000-0000-4000-8000-000000000000", sessionVersion: 1 }),
    ).toBeNull();
    const { user } = await signedIn("seven@example.test");
    expect(await resolveSessionUser(db(), { userId: user.id })).toBeNull();
  });
});
