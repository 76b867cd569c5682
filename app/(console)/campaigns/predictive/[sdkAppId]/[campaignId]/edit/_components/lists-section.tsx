"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { CallerNumberSelect } from "@/components/caller-numbers/caller-number-select";
import { Notice } from "@/components/notice";
import type { EditForm, FieldErrorText } from "./campaign-fields-section";

export interface LastSentLists {
  callees: string[];
  callers: string[];
  /** ISO time of the console's last submission. */
  submittedAt: string;
}

/** The callee list and the caller numbers; CCC replaces both on every update, so both are always sent in full. */
export function ListsSection({
  form,
  sdkAppId,
  lists,
  timeZone,
  errorText,
}: {
  form: EditForm;
  sdkAppId: number;
  lists: LastSentLists | null;
  timeZone: string;
  errorText: FieldErrorText;
}) {
  const t = useTranslations("PredictiveEdit");
  const format = useFormatter();
  const { isSubmitted } = form.formState;
  // Not the callees: watching them would copy and re-render 100,000 numbers on every change; the list input only
  // reads its value for the prefill.
  const callers = useWatch({ control: form.control, name: "callers" });
  const prefillNote = lists
    ? t("listsPrefilled", {
        when: format.dateTime(new Date(lists.submittedAt), { dateStyle: "medium", timeStyle: "short", timeZone }),
        count: lists.callees.length,
      })
    : undefined;
  return (
    <>
      {lists ? null : (
        <Notice title={t("listsUnknown.title")}>
          <p data-testid="lists-unknown">{t("listsUnknown.body")}</p>
        </Notice>
      )}
      <CalleeListInput
        id="callees"
        label={t("callees")}
        value={form.getValues("callees")}
        // Not marked dirty: nothing reads the list's dirtiness, and react-hook-form would walk all 100,000 entries.
        onChange={(numbers) => form.setValue("callees", numbers, { shouldValidate: isSubmitted })}
        error={errorText("callees")}
        prefillNote={prefillNote}
        doNotCallApp={sdkAppId}
      />
      <CallerNumberSelect
        id="callers"
        label={t("callers")}
        sdkAppId={sdkAppId}
        value={callers}
        onChange={(numbers) => form.setValue("callers", numbers, { shouldValidate: isSubmitted, shouldDirty: true })}
        error={errorText("callers")}
      />
    </>
  );
}
