import { describe, expect, it } from "vitest";
import { mapClaims, mapRole, mapSdkAppIds, readClaim } from "./sso-claims";

const MAPPING = { roleClaim: "console_role", appsClaim: "console_apps" };

describe("mapRole", () => {
  it("maps the three role names, in any case and with spaces around", () => {
    expect(mapRole("admin")).toEqual({ role: "admin" });
    expect(mapRole(" Supervisor ")).toEqual({ role: "supervisor" });
    expect(mapRole("VIEWER")).toEqual({ role: "viewer" });
  });

  it("takes the most privileged known value of a list (groups, Entra app roles)", () => {
    expect(mapRole(["staff", "viewer", "supervisor"])).toEqual({ role: "supervisor" });
    expect(mapRole("viewer admin")).toEqual({ role: "admin" });
  });

  it("maps anything else to viewer, saying why", () => {
    expect(mapRole(undefined)).toEqual({ role: "viewer", note: "role_missing" });
    expect(mapRole([])).toEqual({ role: "viewer", note: "role_missing" });
    expect(mapRole("superuser")).toEqual({ role: "viewer", note: "role_unrecognised" });
    expect(mapRole(["administrators"])).toEqual({ role: "viewer", note: "role_unrecognised" });
    expect(mapRole(7)).toEqual({ role: "viewer", note: "role_unrecognised" });
    expect(mapRole({ admin: true })).toEqual({ role: "viewer", note: "role_unrecognised" });
  });
});

describe("mapSdkAppIds", () => {
  it("reads an array of numbers or strings, or a comma/space separated string, sorted and unique", () => {
    expect(mapSdkAppIds([1400000002, 1400000001])).toEqual({ sdkAppIds: [1400000001, 1400000002] });
    expect(mapSdkAppIds(["1400000002", " 1400000001 ", "1400000002"])).toEqual({
      sdkAppIds: [1400000001, 1400000002],
    });
    expect(mapSdkAppIds("1400000002, 1400000001 1400000003")).toEqual({
      sdkAppIds: [1400000001, 1400000002, 1400000003],
    });
    expect(mapSdkAppIds(1400000001)).toEqual({ sdkAppIds: [1400000001] });
  });

  it("drops entries that are not positive integer SdkAppIds, and says so", () => {
    expect(mapSdkAppIds(["1400000001", "abc", -5, 0, 1.5, "99999999999999999", null])).toEqual({
      sdkAppIds: [1400000001],
      note: "apps_invalid_entry",
    });
    expect(mapSdkAppIds(undefined)).toEqual({ sdkAppIds: [], note: "apps_missing" });
    expect(mapSdkAppIds("")).toEqual({ sdkAppIds: [], note: "apps_missing" });
  });
});

describe("readClaim", () => {
  it("prefers the exact name, then follows a dotted path", () => {
    const claims = {
      "https://ccc.example.com/apps": [1],
      realm_access: { roles: ["admin"] },
      "a.b": "flat",
      a: { b: "nested" },
    };
    expect(readClaim(claims, "https://ccc.example.com/apps")).toEqual([1]);
    expect(readClaim(claims, "realm_access.roles")).toEqual(["admin"]);
    expect(readClaim(claims, "a.b")).toBe("flat");
    expect(readClaim(claims, "realm_access.groups")).toBeUndefined();
    expect(readClaim(claims, "realm_access.roles.0")).toBeUndefined();
    expect(readClaim(claims, "constructor")).toBeUndefined();
  });
});

describe("mapClaims", () => {
  it("maps e-mail (lower-cased), name, role and apps", () => {
    expect(
      mapClaims(
        {
          sub: "u-1",
          email: " Ann.Lee@Example.COM ",
          email_verified: true,
          name: "Ann Lee",
          console_role: "supervisor",
          console_apps: ["1400000002"],
        },
        MAPPING,
      ),
    ).toEqual({
      ok: true,
      identity: {
        email: "ann.lee@example.com",
        displayName: "Ann Lee",
        role: "supervisor",
        sdkAppIds: [1400000002],
        notes: [],
      },
    });
  });

  it("leaves role and apps to the console when no claim is configured", () => {
    const result = mapClaims({ email: "ann@example.com", console_role: "admin", console_apps: [1] }, {});
    expect(result).toEqual({
      ok: true,
      identity: { email: "ann@example.com", displayName: "ann", role: null, sdkAppIds: null, notes: [] },
    });
  });

  it("maps missing claims to a viewer without apps, with notes for the log", () => {
    expect(mapClaims({ email: "ann@example.com" }, MAPPING)).toEqual({
      ok: true,
      identity: {
        email: "ann@example.com",
        displayName: "ann",
        role: "viewer",
        sdkAppIds: [],
        notes: ["role_missing", "apps_missing"],
      },
    });
  });

  it("refuses a token without a usable e-mail, or with one the provider says is unverified", () => {
    expect(mapClaims({ sub: "u-1" }, MAPPING)).toEqual({ ok: false, reason: "email_missing" });
    expect(mapClaims({ email: "not an email" }, MAPPING)).toEqual({ ok: false, reason: "email_missing" });
    expect(mapClaims({ email: 42 }, MAPPING)).toEqual({ ok: false, reason: "email_missing" });
    expect(mapClaims({ email: "ann@example.com", email_verified: false }, MAPPING)).toEqual({
      ok: false,
      reason: "email_unverified",
    });
  });
});
