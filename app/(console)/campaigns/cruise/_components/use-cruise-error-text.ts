"use client";

import { useTranslations } from "next-intl";
import { useCalleeFieldErrorText } from "@/components/callee-list/field-error-text";
import { CRUISE_FORM_ERRORS } from "@/lib/campaigns/cruise/create-schema";

/**
 * The translated text of a field error: a key from the cruise schema, a callee/caller key from
 * lib/callees/form-schema.ts, or a CCC error code the server put on the field (typed codes, never message text).
 */
export function useCruiseErrorText(): (key: string | undefined) => string | undefined {
  const t = useTranslations("CruiseForm.errors");
  const calleeText = useCalleeFieldErrorText();
  return (key) => {
    if (!key) return undefined;
    if (Object.hasOwn(CRUISE_FORM_ERRORS, key)) return t(key as keyof typeof CRUISE_FORM_ERRORS);
    if (key === "LimitExceeded.OutOfCountLimit") return t("cccTooManyCallees");
    if (key.startsWith("InvalidParameter")) return t("cccInvalid");
    return calleeText(key) ?? t("invalid");
  };
}
