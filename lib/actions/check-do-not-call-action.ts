"use server";

import { ZCheckDoNotCallInput } from "@/lib/do-not-call/schemas";
import { suppressCallees } from "@/lib/do-not-call/suppress.server";
import { defineAction } from "./safe-action";

/**
 * Which of a campaign form's numbers are on the app's do-not-call list, as 0-based positions in the list sent, so
 * the form can remove them and say which lines they were on. A read, but of a list only a server holds; the create
 * and update re-apply the list themselves whatever the form did with this answer.
 */
export const checkDoNotCallAction = defineAction(
  { actionName: "checkDoNotCallAction", permission: "campaign:write" },
  ZCheckDoNotCallInput,
  async ({ parsedInput: { sdkAppId, callees } }) => {
    const numbers = callees === "" ? [] : callees.split("\n");
    const { suppressed } = await suppressCallees(sdkAppId, numbers);
    return { suppressed: suppressed.map((entry) => entry.index) };
  },
);
