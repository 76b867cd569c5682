"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { CallerNumberSelect } from "@/components/caller-numbers/caller-number-select";
import { FieldError } from "@/components/form/text-field";
import { Notice } from "@/components/notice";
import type { CalleeAttribute } from "@/lib/callees/attributes/types";
import type { EditForm, FieldErrorText } from "./campaign-fields-section";

export interface LastSentLists {
  callees: string[];
  callers: string[];
  /** The per-callee data sent with them (empty: none). */
  calleeAttributes: CalleeAttribute[];
  /** ISO time of the console's last submission. */
  submittedAt: string;
}

/**
 * The callee list (with each callee's own data) and the caller numbers; CCC replaces both on every update, so both
 * are always sent in full. The data last sent goes again with the list it came with; a new list brings its own.
 */
export function ListsSection({
  form,
  sdkAppId,
  lists,
  timeZone,
  errorText,
  isNew = false,
}: {
  form: EditForm;
  sdkAppId: number;
  /** A new campaign has no lists sent yet, and nothing to warn about. */
  isNew?: boolean;
  lists: LastSentLists | null;
  timeZone: string;
  errorText: FieldErrorText;
}) {
  const t = useTranslations("PredictiveEdit");
  const tData = useTranslations("CalleeData");
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
      {lists || isNew ? null : (
        <Notice title={t("listsUnknown.title")}>
          <p data-testid="lists-unknown">{t("listsUnknown.body")}</p>
        </Notice>
      )}
      {lists || isNew ? null : (
        <Notice title={tData("unknown.title")}>
          <p data-testid="attributes-unknown">{tData("unknown.body")}</p>
        </Notice>
      )}
      <CalleeListInput
        id="callees"
        label={t("callees")}
        value={form.getValues("callees")}
        // Not marked dirty: nothing reads the list's dirtiness, and react-hook-form would walk all 100,000 entries.
        onChange={(numbers) => form.setValue("callees", numbers, { shouldValidate: isSubmitted })}
        error={errorText("callees")}
        prefillNote={
          prefillNote && (
            <>
              <p>{prefillNote}</p>
              <p data-testid="attributes-kept">{tData("kept", { count: lists?.calleeAttributes.length ?? 0 })}</p>
            </>
          )
        }
        attributes={{
          value: form.getValues("calleeAttributes") ?? [],
          onChange: (data) => form.setValue("calleeAttributes", data, { shouldValidate: isSubmitted }),
        }}
        doNotCallApp={sdkAppId}
      />
      {/* Where a refusal of the data lands (schema or CCC), focused and linked from the error summary. */}
      <div id="calleeAttributes" tabIndex={-1} className="outline-none">
        <FieldError id="calleeAttributes-error" message={errorText("calleeAttributes")} />
      </div>
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
