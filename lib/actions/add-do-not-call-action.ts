"use server";

import { withAudit } from "@/lib/audit/record";
import { addDoNotCall, getDb } from "@/lib/db";
import { addDoNotCallInputSchema } from "@/lib/do-not-call/input-schemas.server";
import { defineAction } from "./safe-action";

/** Puts one number on the app's do-not-call list (normalized on the server); audited as a count. */
export const addDoNotCallAction = defineAction(
  { actionName: "addDoNotCallAction", permission: "campaign:write" },
  addDoNotCallInputSchema,
  async ({ parsedInput: { sdkAppId, phone, note }, ctx }) => {
    const db = await getDb();
    const result = await withAudit(
      { user: ctx.user, action: "doNotCall.add", sdkAppId, db, summary: { phones: [phone] } },
      () => addDoNotCall(db, { sdkAppId, phones: [phone], note: note || null, actor: ctx.user }),
    );
    return { phone, added: result.added === 1 };
  },
);
