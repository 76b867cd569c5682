/**
 * Turns a session token's claims into the signed-in user by re-reading the database, so a disabled account, a
 * deleted one, or a changed role/app list (each bumps session_version) ends the session at the next request.
 */
import type { Db } from "@/lib/db/client";
import { findUserById } from "@/lib/db/users";
import { isRole, type Role } from "./roles";

export interface SessionUser {
  /** The users table's uuid. */
  id: string;
  email: string;
  displayName: string;
  role: Role;
  sdkAppIds: number[];
  /** IANA zone the user sees and edits times in. */
  timeZone: string;
}

/** What the session token carries: nothing that can go stale except the version it was issued for. */
export interface SessionClaims {
  userId?: string;
  sessionVersion?: number;
}

export async function resolveSessionUser(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<SessionUser | null> {
  if (!claims?.userId || typeof claims.sessionVersion !== "number") return null;
  const user = await findUserById(db, claims.userId);
  if (!user || user.disabled || user.sessionVersion !== claims.sessionVersion || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    sdkAppIds: [...user.sdkAppIds],
    timeZone: user.timeZone,
  };
}
