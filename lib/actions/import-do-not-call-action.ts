"use server";

import { withAudit } from "@/lib/audit/record";
import { addDoNotCall, getDb } from "@/lib/db";
import { importDoNotCallInputSchema } from "@/lib/do-not-call/input-schemas.server";
import { defineAction } from "./safe-action";

/**
 * Adds an imported list (CSV/XLSX read and normalized in the browser by the callee list pipeline, normalized again
 * here) to the app's do-not-call list in one transaction. The audit row holds counts, never the numbers.
 */
export const importDoNotCallAction = defineAction(
  { actionName: "importDoNotCallAction", permission: "campaign:write" },
  importDoNotCallInputSchema,
  async ({ parsedInput: { sdkAppId, numbers, note }, ctx }) => {
    const db = await getDb();
    const result = await withAudit(
      { user: ctx.user, action: "doNotCall.import", sdkAppId, db, summary: { phones: numbers } },
      () => addDoNotCall(db, { sdkAppId, phones: numbers, note: note || null, actor: ctx.user }),
    );
    return result;
  },
);
