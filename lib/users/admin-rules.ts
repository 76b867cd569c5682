/**
 * Rules of user administration shared by the user actions: which apps may be assigned, and the refusals that
 * protect an admin from locking themselves out.
 */
import "server-only";
import { returnServerError } from "next-safe-action";
import { refusal } from "@/lib/actions/action-error";
import { cccConfig } from "@/lib/ccc/server";
import type { User } from "@/lib/db";

/** Refuses SdkAppIds the console is not configured for: a user could never use them. */
export function hasUnconfiguredApps(sdkAppIds: readonly number[]): boolean {
  const configured = new Set(cccConfig().sdkAppIds);
  return sdkAppIds.some((id) => !configured.has(id));
}

/** A user id the caller may not change in this way: themselves (demote/disable) or nobody (unknown id). */
export function assertTarget(target: User | null, selfId: string, changesSelf: boolean): asserts target is User {
  if (!target) returnServerError(refusal("user_not_found"));
  if (changesSelf && target.id === selfId) returnServerError(refusal("self_lockout"));
}
