/**
 * The public form actions (sign-in, single sign-on) can be posted anything by anyone: an argument that is not the
 * form's FormData (the HTTP fuzzer sent a 200,000-element array) is a failed attempt, never an exception.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => ({ signIn: vi.fn() }));
// next-auth does not load outside Next (it imports next/server); its two error classes are all the actions need.
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { AuthError, CredentialsSignin };
});
vi.mock("@/lib/config/auth-env", async (original) => ({
  ...(await original<typeof import("@/lib/config/auth-env")>()),
  readAuthConfig: () => ({ oidc: { issuer: "https://idp.example" } }),
}));

import { signIn } from "@/lib/auth/auth";
import { signInAction } from "./sign-in-action";
import { ssoSignInAction } from "./sso-sign-in-action";

const notForms: unknown[] = [undefined, null, "email=a@b.c", [0, 1, 2], { get: "no" }];

describe("public form actions given something other than their form", () => {
  it("signInAction answers invalid without trying to sign in", async () => {
    for (const input of notForms) {
      expect(await signInAction({ status: "idle", email: "" }, input as FormData)).toEqual({
        status: "invalid",
        email: "",
      });
    }
    expect(signIn).not.toHaveBeenCalled();
  });

  it("ssoSignInAction starts the provider's sign-in with the default landing page", async () => {
    for (const input of notForms) {
      expect(await ssoSignInAction({ status: "idle" }, input as FormData)).toEqual({ status: "idle" });
    }
    expect(vi.mocked(signIn).mock.calls.every(([, options]) => (options as { redirectTo: string }).redirectTo)).toBe(
      true,
    );
  });
});
