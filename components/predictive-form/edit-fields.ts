"use client";

import { useTranslations } from "next-intl";
import type { EditInput } from "./form-types";

/** The fields the edit form renders, in the order they appear (focus and the error summary follow it). */
export const EDIT_FIELDS = [
  "name",
  "skillGroupId",
  "priority",
  "callOrder",
  "callees",
  "calleeAttributes",
  "callers",
  "startTime",
  "endTime",
  "expectedAbandonRate",
  "retryTimes",
  "ivrId",
  "retryInterval",
  "uui",
  "variables",
] as const satisfies readonly (keyof EditInput)[];
export type EditField = (typeof EDIT_FIELDS)[number];

const LABEL_KEYS = {
  name: "name",
  skillGroupId: "skillGroup",
  priority: "priority",
  callees: "callees",
  callers: "callers",
  startTime: "startTime",
  endTime: "endTime",
  expectedAbandonRate: "abandonRate",
  retryTimes: "retryTimes",
  ivrId: "ivrId",
  retryInterval: "retryInterval.label",
  variables: "variables.label",
} as const;

/** The label of each field, for the error summary (call order and UUI are the shared campaign fields). */
export function useEditFieldLabel(): (field: EditField) => string {
  const t = useTranslations("PredictiveEdit");
  const tShared = useTranslations("CampaignFields");
  const tData = useTranslations("CalleeData");
  return (field) =>
    field === "callOrder"
      ? tShared("callOrder")
      : field === "uui"
        ? tShared("uui")
        : field === "calleeAttributes"
          ? tData("previewTitle")
          : t(LABEL_KEYS[field]);
}
