"use server";

import { z } from "zod";
import { withAudit } from "@/lib/audit/record";
import { fieldDiff, getDb, normalizeTimeZone, updateUser } from "@/lib/db";
import { ZTimeZone } from "@/lib/users/schemas";
import { defineAction } from "./safe-action";

const ZSetMyTimeZoneInput = z.strictObject({ timeZone: ZTimeZone });

/**
 * Sets the signed-in user's own preferred zone (every role may: it changes how times are shown and which zone
 * forms start in, nothing else). Only the caller's own row is touched; it does not end their sessions.
 */
export const setMyTimeZoneAction = defineAction(
  { actionName: "setMyTimeZoneAction", permission: "campaign:read" },
  ZSetMyTimeZoneInput,
  async ({ parsedInput, ctx }) => {
    const db = await getDb();
    // The audit shows the canonical name the row will hold ("america/new_york" → "America/New_York").
    const timeZone = normalizeTimeZone(parsedInput.timeZone);
    const summary = { email: ctx.user.email, changes: fieldDiff({ timeZone: ctx.user.timeZone }, { timeZone }) };
    const updated = await withAudit({ user: ctx.user, action: "user.preferences", db, summary }, () =>
      updateUser(db, ctx.user.id, { timeZone }),
    );
    return { timeZone: updated?.timeZone ?? timeZone };
  },
);
