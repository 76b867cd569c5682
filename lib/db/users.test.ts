import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { DatabaseError, EmailTakenError } from "./errors";
import { describeEachBackend } from "./test-support/test-db";
import {
  createUser,
  findUserByEmail,
  findUserById,
  findUserCredentials,
  listUsers,
  normalizeTimeZone,
  setUserDisabled,
  setUserPasswordHash,
  updateUser,
} from "./users";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
let seq = 0;
const uniqueEmail = (name: string) => `${name}.${process.pid}.${++seq}@Example.COM`;

it("normalizes IANA time zones and refuses unknown ones", () => {
  expect(normalizeTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
  expect(() => normalizeTimeZone("Mars/Olympus")).toThrow('Unknown IANA time zone "Mars/Olympus"');
});

describeEachBackend("users repository", ({ db }) => {
  it("creates a user with lower-cased email, defaults, and big SdkAppIds intact", async () => {
    const email = uniqueEmail("Ada");
    const user = await createUser(db(), {
      email: `  ${email} `,
      displayName: " Ada ",
      passwordHash: HASH,
      role: "supervisor",
      sdkAppIds: [1400000002, 1400000001, 1400000002, 9007199254740991],
    });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      displayName: "Ada",
      role: "supervisor",
      sdkAppIds: [1400000001, 1400000002, 9007199254740991],
      timeZone: "Asia/Shanghai",
      disabled: false,
      sessionVersion: 1,
    });
    expect(user).not.toHaveProperty("passwordHash");
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(await findUserById(db(), user.id)).toEqual(user);
    expect(await findUserByEmail(db(), email.toUpperCase())).toEqual(user);
    expect((await findUserCredentials(db(), email))?.passwordHash).toBe(HASH);
    expect(await findUserByEmail(db(), "nobody@example.com")).toBeNull();
    expect(await findUserById(db(), randomUUID())).toBeNull();
    expect(await findUserById(db(), "not-a-uuid")).toBeNull();
  });

  it("refuses a duplicate email in any case with EmailTakenError", async () => {
    const email = uniqueEmail("dup");
    await createUser(db(), { email, displayName: "A", passwordHash: HASH, role: "viewer" });
    await expect(
      createUser(db(), { email: email.toUpperCase(), displayName: "B", passwordHash: HASH, role: "viewer" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("stores a user without a password (single sign-on only) and gives one later", async () => {
    const user = await createUser(db(), { email: uniqueEmail("sso"), displayName: "S", role: "viewer" });
    expect((await findUserCredentials(db(), user.email))?.passwordHash).toBeNull();
    await setUserPasswordHash(db(), user.id, HASH);
    expect((await findUserCredentials(db(), user.email))?.passwordHash).toBe(HASH);
  });

  it("refuses a password that is not an argon2id hash, without leaking it in the error", async () => {
    const attempt = createUser(db(), {
      email: uniqueEmail("plain"),
      displayName: "P",
      passwordHash: "hunter2",
      role: "viewer",
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ code: "23514", constraint: "users_password_hash_argon2id" });
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  it("bumps session_version when role or apps change, not for name or zone", async () => {
    const user = await createUser(db(), {
      email: uniqueEmail("sv"),
      displayName: "S",
      passwordHash: HASH,
      role: "viewer",
      sdkAppIds: [1400000001],
    });
    const renamed = await updateUser(db(), user.id, { displayName: "S2", timeZone: "europe/berlin" });
    expect(renamed).toMatchObject({ displayName: "S2", timeZone: "Europe/Berlin", sessionVersion: 1 });
    expect(renamed?.updatedAt.getTime()).toBeGreaterThanOrEqual(user.updatedAt.getTime());

    const sameRole = await updateUser(db(), user.id, { role: "viewer", sdkAppIds: [1400000001] });
    expect(sameRole?.sessionVersion).toBe(1);
    const promoted = await updateUser(db(), user.id, { role: "supervisor" });
    expect(promoted).toMatchObject({ role: "supervisor", sessionVersion: 2 });
    const apps = await updateUser(db(), user.id, { sdkAppIds: [1400000002, 1400000001] });
    expect(apps).toMatchObject({ sdkAppIds: [1400000001, 1400000002], sessionVersion: 3 });
    const both = await updateUser(db(), user.id, { role: "admin", sdkAppIds: [] });
    expect(both).toMatchObject({ role: "admin", sdkAppIds: [], sessionVersion: 4 });
  });

  it("bumps session_version on disable/enable (only when it changes) and on every password change", async () => {
    const user = await createUser(db(), {
      email: uniqueEmail("dis"),
      displayName: "D",
      passwordHash: HASH,
      role: "viewer",
    });
    expect(await setUserDisabled(db(), user.id, true)).toMatchObject({ disabled: true, sessionVersion: 2 });
    expect(await setUserDisabled(db(), user.id, true)).toMatchObject({ disabled: true, sessionVersion: 2 });
    expect(await setUserDisabled(db(), user.id, false)).toMatchObject({ disabled: false, sessionVersion: 3 });
    const newHash = `${HASH}x`;
    expect(await setUserPasswordHash(db(), user.id, newHash)).toMatchObject({ sessionVersion: 4 });
    expect((await findUserCredentials(db(), user.email))?.passwordHash).toBe(newHash);
    expect(await setUserDisabled(db(), randomUUID(), true)).toBeNull();
  });

  it("lists users ordered by email", async () => {
    const emails = [uniqueEmail("zed"), uniqueEmail("amy"), uniqueEmail("max")];
    for (const email of emails)
      await createUser(db(), { email, displayName: email, passwordHash: HASH, role: "viewer" });
    const listed = (await listUsers(db())).map((user) => user.email);
    const ours = listed.filter((email) => emails.map((e) => e.toLowerCase()).includes(email));
    expect(ours).toEqual(emails.map((e) => e.toLowerCase()).sort());
    expect(listed).toEqual([...listed].sort());
  });

  it("refuses non-positive SdkAppIds before touching the database", async () => {
    await expect(
      createUser(db(), {
        email: uniqueEmail("neg"),
        displayName: "N",
        passwordHash: HASH,
        role: "viewer",
        sdkAppIds: [0],
      }),
    ).rejects.toThrow("Invalid SdkAppId 0");
  });
});
