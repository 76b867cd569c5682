import { describe, expect, it } from "vitest";
import { readAuthConfig } from "./auth-env";
import { ConfigError } from "./ccc-env";

const OIDC = {
  AUTH_OIDC_ISSUER: "https://login.example.com/realms/ccc",
  AUTH_OIDC_ID: "ccc-console",
  AUTH_OIDC_SECRET: "s3cret-value-never-printed",
};

function problem(env: Record<string, string | undefined>): string {
  try {
    readAuthConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("readAuthConfig", () => {
  it("defaults to password sign-in only", () => {
    expect(readAuthConfig({})).toEqual({ passwordSignIn: true, oidc: null });
    // Blank counts as unset, as for the CCC settings.
    expect(readAuthConfig({ AUTH_PASSWORD_SIGNIN: "", AUTH_OIDC_ISSUER: " " })).toEqual({
      passwordSignIn: true,
      oidc: null,
    });
  });

  it("reads a full OIDC configuration with its defaults", () => {
    expect(readAuthConfig(OIDC)).toEqual({
      passwordSignIn: true,
      oidc: {
        issuer: "https://login.example.com/realms/ccc",
        clientId: "ccc-console",
        clientSecret: "s3cret-value-never-printed",
        displayName: "SSO",
        scope: "openid email profile",
        roleClaim: undefined,
        appsClaim: undefined,
        unknownUsers: "refuse",
      },
    });
    const config = readAuthConfig({
      ...OIDC,
      AUTH_PASSWORD_SIGNIN: "0",
      AUTH_OIDC_NAME: " Contoso Login ",
      AUTH_OIDC_SCOPE: "openid  email profile console",
      AUTH_OIDC_ROLE_CLAIM: "realm_access.roles",
      AUTH_OIDC_APPS_CLAIM: "https://ccc.example.com/apps",
      AUTH_OIDC_UNKNOWN_USERS: "provision",
    });
    expect(config.passwordSignIn).toBe(false);
    expect(config.oidc).toMatchObject({
      displayName: "Contoso Login",
      scope: "openid email profile console",
      roleClaim: "realm_access.roles",
      appsClaim: "https://ccc.example.com/apps",
      unknownUsers: "provision",
    });
  });

  it("accepts plain http for a loopback issuer only", () => {
    expect(readAuthConfig({ ...OIDC, AUTH_OIDC_ISSUER: "http://127.0.0.1:4810" }).oidc?.issuer).toBe(
      "http://127.0.0.1:4810",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_ISSUER: "http://login.example.com" })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_ISSUER must use https (plain http is accepted only on loopback, for tests)",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_ISSUER: "login.example.com" })).toContain(
      "AUTH_OIDC_ISSUER must be an http(s) URL",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_ISSUER: "https://login.example.com/?tenant=1" })).toContain(
      "AUTH_OIDC_ISSUER must not have a query or fragment",
    );
  });

  it("names the missing client settings, never the secret's value", () => {
    expect(problem({ AUTH_OIDC_ISSUER: OIDC.AUTH_OIDC_ISSUER })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_ID is required when AUTH_OIDC_ISSUER is set; " +
        "AUTH_OIDC_SECRET is required when AUTH_OIDC_ISSUER is set",
    );
    const message = problem({ ...OIDC, AUTH_OIDC_UNKNOWN_USERS: "welcome" });
    expect(message).toBe("Invalid sign-in configuration: AUTH_OIDC_UNKNOWN_USERS must be one of refuse, provision");
    expect(message).not.toContain(OIDC.AUTH_OIDC_SECRET);
  });

  it("refuses OIDC settings without an issuer, and switching passwords off without SSO", () => {
    expect(problem({ AUTH_OIDC_ID: "x", AUTH_OIDC_ROLE_CLAIM: "role" })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_ISSUER is required when AUTH_OIDC_ID, AUTH_OIDC_ROLE_CLAIM is set",
    );
    expect(problem({ AUTH_PASSWORD_SIGNIN: "0" })).toBe(
      "Invalid sign-in configuration: AUTH_PASSWORD_SIGNIN=0 needs single sign-on (AUTH_OIDC_ISSUER): nobody could sign in",
    );
  });

  it("names each malformed value", () => {
    expect(problem({ AUTH_PASSWORD_SIGNIN: "maybe" })).toBe(
      "Invalid sign-in configuration: AUTH_PASSWORD_SIGNIN must be 1 (on) or 0 (off)",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_SCOPE: "email profile" })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_SCOPE must include openid",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_ROLE_CLAIM: "role claim" })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_ROLE_CLAIM must be a claim name such as console_role or realm_access.roles",
    );
    expect(problem({ ...OIDC, AUTH_OIDC_NAME: "x".repeat(41) })).toBe(
      "Invalid sign-in configuration: AUTH_OIDC_NAME must be at most 40 characters",
    );
  });
});
