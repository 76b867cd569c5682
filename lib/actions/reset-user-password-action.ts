"use server";

import { withAudit } from "@/lib/audit/record";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { findUserById, getDb, setUserPasswordHash } from "@/lib/db";
import { assertTarget } from "@/lib/users/admin-rules";
import { ZResetUserPasswordInput } from "@/lib/users/schemas";
import { defineAction } from "./safe-action";

/**
 * Replaces a user's password with a generated one and returns it once, for the admin to hand over; it is stored
 * only as an argon2id hash and never written to the audit trail or the log.
 */
export const resetUserPasswordAction = defineAction(
  { actionName: "resetUserPasswordAction", permission: "users:manage" },
  ZResetUserPasswordInput,
  async ({ parsedInput: { userId }, ctx }) => {
    const db = await getDb();
    const target = await findUserById(db, userId);
    assertTarget(target, ctx.user.id, false);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await withAudit({ user: ctx.user, action: "user.reset_password", db, summary: { email: target.email } }, () =>
      setUserPasswordHash(db, userId, passwordHash),
    );
    return { password };
  },
);
