"use server";

import { withAudit } from "@/lib/audit/record";
import { getDb, removeDoNotCall } from "@/lib/db";
import { ZRemoveDoNotCallInput } from "@/lib/do-not-call/schemas";
import { defineAction } from "./safe-action";

/** Takes numbers off the app's do-not-call list (the page asks for confirmation first); audited as counts. */
export const removeDoNotCallAction = defineAction(
  { actionName: "removeDoNotCallAction", permission: "campaign:write" },
  ZRemoveDoNotCallInput,
  async ({ parsedInput: { sdkAppId, phones }, ctx }) => {
    const db = await getDb();
    const removed = await withAudit(
      { user: ctx.user, action: "doNotCall.remove", sdkAppId, db, summary: { phones } },
      () => removeDoNotCall(db, sdkAppId, phones),
    );
    return { removed };
  },
);
