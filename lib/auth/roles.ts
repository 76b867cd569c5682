/**
 * Who may do what. Pure data and functions (no server-only), so client components can hide controls with the same
 * table the server enforces. Hiding is a courtesy; every server action checks `can()` itself.
 */
export const ROLES = ["admin", "supervisor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["campaign:read", "campaign:write", "users:manage", "audit:read", "callee:read"] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Viewers watch campaigns (callee numbers in results masked); supervisors also change them, see callees' numbers and
// who changed what; admins also manage users.
const GRANTS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: new Set<Permission>(["campaign:read"]),
  supervisor: new Set<Permission>(["campaign:read", "campaign:write", "audit:read", "callee:read"]),
  admin: new Set<Permission>(PERMISSIONS),
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role]?.has(permission) ?? false;
}

/** Whether the user may see or act on this SdkAppId. Roles never widen it: an admin is limited to their apps too. */
export function canAccessApp(user: { sdkAppIds: readonly number[] }, sdkAppId: number): boolean {
  return user.sdkAppIds.includes(sdkAppId);
}

/** The apps a user may work with here: configured in this console AND granted to the user, in configured order. */
export function visibleAppIds(user: { sdkAppIds: readonly number[] }, configured: readonly number[]): number[] {
  return configured.filter((id) => canAccessApp(user, id));
}
