/**
 * The whole single sign-on decision on a real database, with the token check as the one seam: the verifier is
 * faked here (its own test runs real keys over HTTP, and e2e runs a real provider).
 */
import { expect, it } from "vitest";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { createUser, findUserByEmail, setUserDisabled } from "@/lib/db/users";
import { createLogger } from "@/lib/log";
import type { IdTokenVerifier } from "./id-token";
import { completeSsoSignIn } from "./sso-sign-in";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJl";
const CONFIG = { roleClaim: "console_role", appsClaim: "console_apps", unknownUsers: "refuse" as const };

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, { level: "info" });
  return { log, lines, text: () => JSON.stringify(lines) };
}

const verifierOf =
  (claims: Record<string, unknown>): IdTokenVerifier =>
  async (token) => {
    if (token !== TOKEN) throw new Error("unexpected token");
    return claims;
  };

const rejecting: IdTokenVerifier = async () => {
  throw Object.assign(new Error("signature verification failed"), { code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED" });
};

describeEachBackend("completeSsoSignIn", ({ db }) => {
  it("signs in a known user with the claimed role and apps", async () => {
    const user = await createUser(db(), { email: "sso-known@example.test", displayName: "K", role: "viewer" });
    const { log, lines } = capture();
    const claims = {
      sub: "idp-42",
      email: "SSO-Known@example.test",
      console_role: "admin",
      console_apps: "1400000001",
    };
    const result = await completeSsoSignIn({ db: db(), verifyIdToken: verifierOf(claims), config: CONFIG, log }, TOKEN);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "admin", sdkAppIds: [1400000001] } });
    expect(lines.at(-1)).toMatchObject({ msg: "signed in with single sign-on", sub: "idp-42", outcome: "updated" });
  });

  it("refuses a token that fails verification and touches no user, logging the reason but not the token", async () => {
    await createUser(db(), { email: "sso-forged@example.test", displayName: "F", role: "viewer" });
    const { log, lines, text } = capture();
    const result = await completeSsoSignIn({ db: db(), verifyIdToken: rejecting, config: CONFIG, log }, TOKEN);
    expect(result).toEqual({ ok: false, reason: "id_token_invalid" });
    expect(await findUserByEmail(db(), "sso-forged@example.test")).toMatchObject({ role: "viewer", sessionVersion: 1 });
    expect(lines).toEqual([
      expect.objectContaining({
        msg: "single sign-on refused",
        reason: "id_token_invalid",
        code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
      }),
    ]);
    expect(text()).not.toContain(TOKEN.split(".")[2]);
  });

  it("refuses a missing token, an unknown user, a disabled user and an unverified e-mail, each with its reason", async () => {
    const disabled = await createUser(db(), { email: "sso-off@example.test", displayName: "O", role: "viewer" });
    await setUserDisabled(db(), disabled.id, true);
    const { log, lines } = capture();
    const run = (claims: Record<string, unknown>, token: unknown = TOKEN) =>
      completeSsoSignIn({ db: db(), verifyIdToken: verifierOf(claims), config: CONFIG, log }, token);

    expect(await run({}, null)).toEqual({ ok: false, reason: "id_token_missing" });
    expect(await run({ sub: "s1", email: "sso-nobody@example.test" })).toEqual({ ok: false, reason: "unknown_user" });
    expect(await run({ sub: "s2", email: "sso-off@example.test" })).toEqual({ ok: false, reason: "disabled" });
    expect(await run({ sub: "s3", email: "sso-off@example.test", email_verified: false })).toEqual({
      ok: false,
      reason: "email_unverified",
    });
    expect(lines.filter((line) => line.msg === "single sign-on refused").map((line) => line.reason)).toEqual([
      "id_token_missing",
      "unknown_user",
      "disabled",
      "email_unverified",
    ]);
    expect(await findUserByEmail(db(), "sso-nobody@example.test")).toBeNull();
  });

  it("provisions an unknown user when the policy says so, noting claims it could not use", async () => {
    const { log, lines } = capture();
    const result = await completeSsoSignIn(
      {
        db: db(),
        verifyIdToken: verifierOf({ sub: "s9", email: "sso-new@example.test", name: "New", console_role: "root" }),
        config: { ...CONFIG, unknownUsers: "provision" },
        log,
      },
      TOKEN,
    );
    expect(result).toMatchObject({ ok: true, user: { email: "sso-new@example.test", role: "viewer", sdkAppIds: [] } });
    expect(lines[0]).toMatchObject({ notes: ["role_unrecognised", "apps_missing"] });
    expect(lines.at(-1)).toMatchObject({ outcome: "provisioned" });
  });
});
