import { describe, expect, it } from "vitest";
import { can, canAccessApp, isRole, PERMISSIONS, ROLES, visibleAppIds } from "./roles";

describe("can", () => {
  it("grants exactly this table", () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [role, PERMISSIONS.filter((permission) => can(role, permission))]),
    );
    expect(table).toEqual({
      admin: ["campaign:read", "campaign:write", "users:manage", "audit:read", "callee:read"],
      supervisor: ["campaign:read", "campaign:write", "audit:read", "callee:read"],
      viewer: ["campaign:read"],
    });
  });

  it("refuses a role that is not one (e.g. from an old token)", () => {
    expect(can("root" as never, "campaign:read")).toBe(false);
    expect(isRole("root")).toBe(false);
    expect(isRole("viewer")).toBe(true);
  });
});

describe("canAccessApp", () => {
  it("allows only the user's own apps", () => {
    const user = { sdkAppIds: [1400000001] };
    expect(canAccessApp(user, 1400000001)).toBe(true);
    expect(canAccessApp(user, 1400000002)).toBe(false);
    expect(canAccessApp({ sdkAppIds: [] }, 1400000001)).toBe(false);
  });
});

describe("visibleAppIds", () => {
  it("is the intersection in the configured order", () => {
    expect(visibleAppIds({ sdkAppIds: [1400000009, 1400000002, 1400000001] }, [1400000001, 1400000002])).toEqual([
      1400000001, 1400000002,
    ]);
    expect(visibleAppIds({ sdkAppIds: [1400000009] }, [1400000001])).toEqual([]);
  });
});
