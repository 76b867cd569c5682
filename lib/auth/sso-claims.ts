/**
 * Turns a verified ID token's claims into who the console should sign in: the e-mail (the key to the users table),
 * a display name for provisioning, and — when the operator configured the claims — the role and the SdkAppIds.
 * Pure, so every rule is tested without a provider.
 *
 * Bad values never grant anything and never block: a role claim that is missing or names no known role maps to
 * viewer, and SdkAppId entries that are not positive integers are dropped. Each such case is reported in `notes`
 * for the log, so the operator sees the provider sending something the console does not understand.
 */
import type { Role } from "./roles";

export interface ClaimMapping {
  roleClaim?: string;
  appsClaim?: string;
}

export type ClaimNote = "role_missing" | "role_unrecognised" | "apps_missing" | "apps_invalid_entry";

export interface SsoIdentity {
  email: string;
  displayName: string;
  /** Null when no role claim is configured: the console keeps managing the role. */
  role: Role | null;
  /** Null when no apps claim is configured: the console keeps managing the apps. */
  sdkAppIds: number[] | null;
  notes: ClaimNote[];
}

export type ClaimsResult =
  | { ok: true; identity: SsoIdentity }
  | { ok: false; reason: "email_missing" | "email_unverified" };

// Most privileged first: with several recognised values (a list of groups), the strongest wins.
const BY_PRIVILEGE: readonly Role[] = ["admin", "supervisor", "viewer"];
const SDK_APP_ID = /^[1-9]\d{0,15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The claim named exactly `name` (namespaced URL claims contain dots), else the dotted path into nested objects. */
export function readClaim(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(/[\s,]+/).filter((part) => part !== "");
  return value === undefined || value === null ? [] : [value];
}

export function mapRole(value: unknown): { role: Role; note?: ClaimNote } {
  const values = listOf(value);
  if (values.length === 0) return { role: "viewer", note: "role_missing" };
  const named = new Set(values.map((item) => (typeof item === "string" ? item.trim().toLowerCase() : "")));
  const role = BY_PRIVILEGE.find((candidate) => named.has(candidate));
  return role ? { role } : { role: "viewer", note: "role_unrecognised" };
}

export function mapSdkAppIds(value: unknown): { sdkAppIds: number[]; note?: ClaimNote } {
  const values = listOf(value);
  if (values.length === 0) return { sdkAppIds: [], note: "apps_missing" };
  const ids = new Set<number>();
  let invalid = false;
  for (const item of values) {
    const text = typeof item === "number" || typeof item === "string" ? String(item).trim() : "";
    const id = Number(text);
    if (SDK_APP_ID.test(text) && Number.isSafeInteger(id)) ids.add(id);
    else invalid = true;
  }
  const sdkAppIds = [...ids].sort((a, b) => a - b);
  return invalid ? { sdkAppIds, note: "apps_invalid_entry" } : { sdkAppIds };
}

export function mapClaims(claims: Readonly<Record<string, unknown>>, mapping: ClaimMapping): ClaimsResult {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!EMAIL.test(email) || email.length > 320) return { ok: false, reason: "email_missing" };
  // Absent is accepted (many enterprise providers omit it); an explicit false means the provider has not checked it.
  if (claims.email_verified === false || claims.email_verified === "false") {
    return { ok: false, reason: "email_unverified" };
  }
  const notes: ClaimNote[] = [];
  let role: Role | null = null;
  if (mapping.roleClaim) {
    const mapped = mapRole(readClaim(claims, mapping.roleClaim));
    role = mapped.role;
    if (mapped.note) notes.push(mapped.note);
  }
  let sdkAppIds: number[] | null = null;
  if (mapping.appsClaim) {
    const mapped = mapSdkAppIds(readClaim(claims, mapping.appsClaim));
    sdkAppIds = mapped.sdkAppIds;
    if (mapped.note) notes.push(mapped.note);
  }
  const name = typeof claims.name === "string" ? claims.name.trim().slice(0, 200) : "";
  return { ok: true, identity: { email, displayName: name || email.split("@")[0] || email, role, sdkAppIds, notes } };
}
