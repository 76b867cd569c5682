"use client";

import { useTranslations } from "next-intl";
import { DEFAULT_MAX_CALLEES } from "@/lib/callees/constants";
import { isCalleeFieldError } from "@/lib/callees/form-schema";

/**
 * Translates a field error key: the edit schema's own keys (PredictiveEdit.errors), the list fields' keys
 * (CalleeList.errors), the per-callee data's (CalleeData.errors), or a CCC code a server error put under the field (shown with the code).
 */
export function useEditErrorText(): (key: string | undefined) => string | undefined {
  const t = useTranslations("PredictiveEdit.errors");
  const tList = useTranslations("CalleeList.errors");
  const tData = useTranslations("CalleeData.errors");
  return (key) => {
    if (!key) return undefined;
    if (isCalleeFieldError(key)) return tList(key, { max: DEFAULT_MAX_CALLEES });
    const data = key as Parameters<typeof tData>[0];
    if (tData.has(data)) return tData(data);
    const known = key as Parameters<typeof t>[0];
    if (t.has(known)) return t(known);
    return t("ccc", { code: key });
  };
}
