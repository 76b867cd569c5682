import { beforeAll, describe, expect, it } from "vitest";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { createUser, setUserDisabled } from "@/lib/db/users";
import { checkCredentials } from "./credentials";
import { hashPassword } from "./password";
import { createMemoryThrottle, MAX_FAILURES } from "./throttle";

const PASSWORD = "correct horse battery";

describeEachBackend("checkCredentials", ({ db }) => {
  let disabledId = "";
  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    for (const name of ["ok", "disabled", "busy", "reset"]) {
      const user = await createUser(db(), {
        email: `${name}@example.test`,
        displayName: name,
        passwordHash,
        role: "viewer",
      });
      if (name === "disabled") disabledId = user.id;
    }
    await setUserDisabled(db(), disabledId, true);
    await createUser(db(), { email: "sso-only@example.test", displayName: "SSO", role: "viewer" });
  });

  const check = (throttle: ReturnType<typeof createMemoryThrottle>, email: string, password: string, ip = "10.0.0.1") =>
    checkCredentials({ db: db(), throttle }, { email, password }, ip);

  it("accepts the right password, with any case and spacing of the e-mail", async () => {
    const result = await check(createMemoryThrottle(), "  OK@Example.test ", PASSWORD);
    expect(result.ok && result.user.email).toBe("ok@example.test");
  });

  it("gives the same answer for a wrong password, an unknown user and a disabled user", async () => {
    const throttle = createMemoryThrottle();
    expect(await check(throttle, "ok@example.test", "wrong password!")).toEqual({ ok: false, reason: "invalid" });
    expect(await check(throttle, "nobody@example.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await check(throttle, "disabled@example.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses any password for a user who has none (single sign-on only)", async () => {
    const throttle = createMemoryThrottle();
    expect(await check(throttle, "sso-only@example.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await check(throttle, "sso-only@example.test", "")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses malformed input without throwing", async () => {
    const throttle = createMemoryThrottle();
    for (const input of [null, {}, { email: "ok@example.test" }, { email: 1, password: 2 }]) {
      expect(await checkCredentials({ db: db(), throttle }, input, "10.0.0.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });

  it(`throttles an account after ${MAX_FAILURES} failures, even from other addresses and with the right password`, async () => {
    const throttle = createMemoryThrottle();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await check(throttle, "busy@example.test", "nope nope", `10.1.0.${i}`)).toMatchObject({
        reason: "invalid",
      });
    }
    const blocked = await check(throttle, "busy@example.test", PASSWORD, "10.1.1.1");
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it(`throttles an address after ${MAX_FAILURES} failures across accounts`, async () => {
    const throttle = createMemoryThrottle();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await check(throttle, `guess${i}@example.test`, "nope nope", "10.2.0.1")).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await check(throttle, "ok@example.test", PASSWORD, "10.2.0.1")).toMatchObject({ reason: "throttled" });
    // Another address is not affected.
    expect((await check(throttle, "ok@example.test", PASSWORD, "10.2.0.2")).ok).toBe(true);
  });

  it("resets the account's count on success", async () => {
    const throttle = createMemoryThrottle();
    const fail = (n: number) => check(throttle, "reset@example.test", "nope nope", `10.3.${n}.1`);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail(i);
    expect((await check(throttle, "reset@example.test", PASSWORD, "10.3.9.1")).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await fail(10 + i)).toMatchObject({ reason: "invalid" });
    expect((await check(throttle, "reset@example.test", PASSWORD, "10.3.9.2")).ok).toBe(true);
  });
});

describe("throttle counts only failures", () => {
  it("lets successes through without limit", async () => {
    const throttle = createMemoryThrottle();
    const keys = { account: "a@example.test", ip: "10.4.0.1" };
    for (let i = 0; i < 20; i++) await throttle.recordSuccess(keys);
    expect(await throttle.blockedFor(keys)).toBeNull();
  });
});
