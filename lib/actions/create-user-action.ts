"use server";

import { returnValidationErrors } from "next-safe-action";
import { withAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { createUser, EmailTakenError, getDb } from "@/lib/db";
import { hasUnconfiguredApps } from "@/lib/users/admin-rules";
import { ZCreateUserInput } from "@/lib/users/schemas";
import { defineAction } from "./safe-action";

/** Creates a console user with an initial password; the audit summary never contains the password. */
export const createUserAction = defineAction(
  { actionName: "createUserAction", permission: "users:manage" },
  ZCreateUserInput,
  async ({ parsedInput: { password, ...profile }, ctx }) => {
    if (hasUnconfiguredApps(profile.sdkAppIds)) {
      returnValidationErrors(ZCreateUserInput, { sdkAppIds: { _errors: ["appNotConfigured"] } });
    }
    const db = await getDb();
    const passwordHash = await hashPassword(password);
    try {
      const user = await withAudit(
        { user: ctx.user, action: "user.create", db, summary: { ...profile, sdkAppIds: profile.sdkAppIds } },
        () => createUser(db, { ...profile, passwordHash }),
      );
      return { userId: user.id };
    } catch (error) {
      if (error instanceof EmailTakenError)
        returnValidationErrors(ZCreateUserInput, { email: { _errors: ["emailTaken"] } });
      throw error;
    }
  },
);
