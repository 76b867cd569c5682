import { describe, expect, it } from "vitest";
import { signInMethods, ssoErrorKind } from "./sign-in-methods";

const OIDC = { AUTH_OIDC_ISSUER: "https://login.example.com", AUTH_OIDC_ID: "c", AUTH_OIDC_SECRET: "s" };

describe("signInMethods", () => {
  it("offers what the settings allow", () => {
    expect(signInMethods({})).toEqual({ password: true, sso: null });
    expect(signInMethods({ ...OIDC, AUTH_OIDC_NAME: "Contoso" })).toEqual({ password: true, sso: { name: "Contoso" } });
    expect(signInMethods({ ...OIDC, AUTH_PASSWORD_SIGNIN: "0" })).toEqual({ password: false, sso: { name: "SSO" } });
  });
});

describe("ssoErrorKind", () => {
  it("tells a refusal from a failure, and ignores no error", () => {
    expect(ssoErrorKind("AccessDenied")).toBe("refused");
    expect(ssoErrorKind(["AccessDenied", "x"])).toBe("refused");
    expect(ssoErrorKind("SsoFailed")).toBe("failed");
    expect(ssoErrorKind("OAuthCallbackError")).toBe("failed");
    expect(ssoErrorKind("Configuration")).toBe("failed");
    expect(ssoErrorKind(undefined)).toBeNull();
    expect(ssoErrorKind("")).toBeNull();
  });
});
