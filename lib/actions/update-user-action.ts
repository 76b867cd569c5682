"use server";

import { returnValidationErrors } from "next-safe-action";
import { withAudit } from "@/lib/audit/record";
import { fieldDiff, findUserById, getDb, updateUser } from "@/lib/db";
import { assertTarget, hasUnconfiguredApps } from "@/lib/users/admin-rules";
import { ZUpdateUserInput } from "@/lib/users/schemas";
import { defineAction } from "./safe-action";

/** Changes a user's role, apps and time zone. An admin cannot take away their own admin role. */
export const updateUserAction = defineAction(
  { actionName: "updateUserAction", permission: "users:manage" },
  ZUpdateUserInput,
  async ({ parsedInput: { userId, ...patch }, ctx }) => {
    if (hasUnconfiguredApps(patch.sdkAppIds)) {
      returnValidationErrors(ZUpdateUserInput, { sdkAppIds: { _errors: ["appNotConfigured"] } });
    }
    const db = await getDb();
    const before = await findUserById(db, userId);
    assertTarget(before, ctx.user.id, patch.role !== "admin");
    const summary = {
      email: before.email,
      changes: fieldDiff(
        { role: before.role, sdkAppIds: before.sdkAppIds, timeZone: before.timeZone },
        { role: patch.role, sdkAppIds: [...patch.sdkAppIds].sort((a, b) => a - b), timeZone: patch.timeZone },
      ),
    };
    await withAudit({ user: ctx.user, action: "user.update", db, summary }, () => updateUser(db, userId, patch));
    return { userId };
  },
);
