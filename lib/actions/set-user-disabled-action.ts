"use server";

import { withAudit } from "@/lib/audit/record";
import { findUserById, getDb, setUserDisabled } from "@/lib/db";
import { assertTarget } from "@/lib/users/admin-rules";
import { ZSetUserDisabledInput } from "@/lib/users/schemas";
import { defineAction } from "./safe-action";

/** Disables or re-enables a user (either ends their sessions). An admin cannot disable themselves. */
export const setUserDisabledAction = defineAction(
  { actionName: "setUserDisabledAction", permission: "users:manage" },
  ZSetUserDisabledInput,
  async ({ parsedInput: { userId, disabled }, ctx }) => {
    const db = await getDb();
    const target = await findUserById(db, userId);
    assertTarget(target, ctx.user.id, disabled);
    await withAudit(
      { user: ctx.user, action: disabled ? "user.disable" : "user.enable", db, summary: { email: target.email } },
      () => setUserDisabled(db, userId, disabled),
    );
    return { userId, disabled };
  },
);
