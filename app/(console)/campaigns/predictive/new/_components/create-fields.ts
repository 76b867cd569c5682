"use client";

import { useTranslations } from "next-intl";
import { useEditFieldLabel } from "@/components/predictive-form/edit-fields";
import { useEditErrorText } from "@/components/predictive-form/use-edit-error-text";
import type { TPredictiveCreateInput } from "@/lib/campaigns/predictive/create-schema";

/** The fields the create form renders, in the order they appear (focus and the error summary follow it). */
export const CREATE_FIELDS = [
  "name",
  "skillGroupId",
  "priority",
  "callOrder",
  "callees",
  "calleeAttributes",
  "callers",
  "timeZone",
  "startTime",
  "endTime",
  "availableTime",
  "expectedAbandonRate",
  "retryTimes",
  "ivrId",
  "retryInterval",
  "uui",
  "variables",
] as const satisfies readonly (keyof TPredictiveCreateInput)[];
export type CreateField = (typeof CREATE_FIELDS)[number];

/** The label of each field: the edit form's, plus the two only a create has. */
export function useCreateFieldLabel(): (field: CreateField) => string {
  const editLabel = useEditFieldLabel();
  const t = useTranslations("PredictiveCreate");
  return (field) =>
    field === "timeZone" ? t("timeZone") : field === "availableTime" ? t("sections.hours") : editLabel(field);
}

/**
 * An error key's text: the create's own (zone, the 0–50 abandon range, calling windows), else the edit form's
 * (its schema's keys, the list and per-callee data keys, or a CCC code).
 */
export function useCreateErrorText(): (key: string | undefined) => string | undefined {
  const editText = useEditErrorText();
  const t = useTranslations("PredictiveCreate.errors");
  const tHours = useTranslations("CallableHours.errors");
  return (key) => {
    if (!key) return undefined;
    const own = key as Parameters<typeof t>[0];
    if (t.has(own)) return t(own);
    const hours = key as Parameters<typeof tHours>[0];
    if (tHours.has(hours)) return tHours(hours);
    return editText(key);
  };
}
