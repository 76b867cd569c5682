/**
 * The console side of a single sign-on: finds the console user for a verified identity, refuses a disabled or (by
 * policy) unknown one, provisions one when the policy says so, and brings role and apps in line with the claims.
 * Free of Next.js and Auth.js, so it is tested on both database backends.
 *
 * Role and app changes go through updateUser, which bumps session_version when either actually changes: the
 * user's other sessions then end at their next request and carry on only after signing in again.
 */
import type { UnknownUserPolicy } from "@/lib/config/auth-env";
import { appendAuditEvent, fieldDiff } from "@/lib/db/audit";
import type { Db } from "@/lib/db/client";
import { EmailTakenError } from "@/lib/db/errors";
import { createUser, findUserByEmail, type User, type UserPatch, updateUser } from "@/lib/db/users";
import type { SsoIdentity } from "./sso-claims";

export type SsoRefusal = "unknown_user" | "disabled";

export type SsoUserResult =
  | { ok: true; user: User; outcome: "signed_in" | "updated" | "provisioned" }
  | { ok: false; reason: SsoRefusal; userId: string | null };

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

async function provision(db: Db, identity: SsoIdentity): Promise<User | null> {
  try {
    const user = await createUser(db, {
      email: identity.email,
      displayName: identity.displayName,
      // A viewer without apps unless the provider says otherwise: an administrator grants the rest.
      role: identity.role ?? "viewer",
      sdkAppIds: identity.sdkAppIds ?? [],
    });
    await appendAuditEvent(db, {
      userId: user.id,
      userEmail: user.email,
      action: "user.sso_provision",
      summary: { email: user.email, role: user.role, sdkAppIds: user.sdkAppIds },
      outcome: "ok",
    });
    return user;
  } catch (error) {
    // Two first sign-ins at once: the other one created the user; carry on with it.
    if (error instanceof EmailTakenError) return null;
    throw error;
  }
}

/** The role and apps the claims ask for, where they differ from the user's (empty when claims are not mapped). */
function claimPatch(user: User, identity: SsoIdentity): UserPatch {
  const patch: UserPatch = {};
  if (identity.role !== null && identity.role !== user.role) patch.role = identity.role;
  if (identity.sdkAppIds !== null && !sameIds(identity.sdkAppIds, user.sdkAppIds)) patch.sdkAppIds = identity.sdkAppIds;
  return patch;
}

export async function signInSsoUser(
  db: Db,
  identity: SsoIdentity,
  unknownUsers: UnknownUserPolicy,
): Promise<SsoUserResult> {
  let user = await findUserByEmail(db, identity.email);
  if (!user) {
    if (unknownUsers === "refuse") return { ok: false, reason: "unknown_user", userId: null };
    const created = await provision(db, identity);
    if (created) return { ok: true, user: created, outcome: "provisioned" };
    user = await findUserByEmail(db, identity.email);
    if (!user) return { ok: false, reason: "unknown_user", userId: null };
  }
  if (user.disabled) return { ok: false, reason: "disabled", userId: user.id };

  const patch = claimPatch(user, identity);
  if (Object.keys(patch).length === 0) return { ok: true, user, outcome: "signed_in" };
  const updated = await updateUser(db, user.id, patch);
  if (!updated) return { ok: false, reason: "unknown_user", userId: null };
  await appendAuditEvent(db, {
    userId: updated.id,
    userEmail: updated.email,
    action: "user.sso_sync",
    summary: {
      email: updated.email,
      changes: fieldDiff(
        { role: user.role, sdkAppIds: user.sdkAppIds },
        { role: updated.role, sdkAppIds: updated.sdkAppIds },
      ),
    },
    outcome: "ok",
  });
  return { ok: true, user: updated, outcome: "updated" };
}
