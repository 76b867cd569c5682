"use client";

import { useTranslations } from "next-intl";
import { useCalleeFieldErrorText } from "@/components/callee-list/field-error-text";
import { MAX_IMPORT } from "@/lib/do-not-call/schemas";

/** Translates a field error key of the do-not-call schemas, or of the callee list field the import reuses. */
export function useDoNotCallErrorText(): (key: string | undefined) => string | undefined {
  const t = useTranslations("DoNotCall.errors");
  const calleeText = useCalleeFieldErrorText();
  return (key) => {
    if (!key) return undefined;
    const callee = calleeText(key, MAX_IMPORT);
    if (callee) return callee;
    const known = key as Parameters<typeof t>[0];
    return t.has(known) ? t(known) : t("invalid");
  };
}
