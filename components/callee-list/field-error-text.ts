"use client";

import { useTranslations } from "next-intl";
import { DEFAULT_MAX_CALLEES } from "@/lib/callees/constants";
import { isCalleeFieldError } from "@/lib/callees/form-schema";

/**
 * Translates the message keys of `calleesField` / `callersField` (lib/callees/form-schema.ts). Returns undefined for
 * keys that are not theirs, so a form can chain it with its own translator:
 * `calleeText(errors.callees?.message, max) ?? ownText(errors.callees?.message)`.
 */
export function useCalleeFieldErrorText(): (key: string | undefined, max?: number) => string | undefined {
  const t = useTranslations("CalleeList.errors");
  return (key, max = DEFAULT_MAX_CALLEES) => (isCalleeFieldError(key) ? t(key, { max }) : undefined);
}
