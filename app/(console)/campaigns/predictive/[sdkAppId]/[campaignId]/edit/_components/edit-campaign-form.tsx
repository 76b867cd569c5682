"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionFailure } from "@/components/action-failure";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { CallerNumberSelect } from "@/components/caller-numbers/caller-number-select";
import { FieldError, hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { ZonedDateTimeField } from "@/components/form/zoned-date-time-field";
import { Notice } from "@/components/notice";
import { Button } from "@/components/ui/button";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { updatePredictiveCampaignAction } from "@/lib/actions/update-predictive-campaign-action";
import { toWire } from "@/lib/callees/wire";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import { PREDICTIVE_LIMITS } from "@/lib/campaigns/predictive/limits";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { SnapshotChange, TPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import type { PredictiveUpdateOutcome } from "@/lib/campaigns/predictive/update-outcome";
import { predictiveUpdateSchema } from "@/lib/campaigns/predictive/update-schema";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { BasicsSection, DialingSection } from "./campaign-fields-section";
import { ConflictView } from "./conflict-view";
import { defaultsFrom, type EditInput, type EditOutput, formValueOf, SNAPSHOT_FORM_FIELDS } from "./form-types";
import { RetryIntervalField } from "./retry-interval-field";
import { useEditErrorText } from "./use-edit-error-text";
import { VariablesField } from "./variables-field";

type Blocked = Extract<PredictiveUpdateOutcome, { outcome: "notEditable" }>["reason"];

export interface LastSentLists {
  callees: string[];
  callers: string[];
  /** ISO time of the console's last submission. */
  submittedAt: string;
}

/**
 * Edits every field of UpdatePredictiveDialingCampaign. Submits the Describe snapshot it was opened with, so the
 * server can refuse a campaign that started or report what somebody else changed meanwhile; the user's input is
 * never reset by a refusal.
 */
export function EditCampaignForm({
  sdkAppId,
  campaignId,
  snapshot: openedWith,
  lists,
  skillGroups,
  userTimeZone,
}: {
  sdkAppId: number;
  campaignId: number;
  snapshot: TPredictiveSnapshot;
  lists: LastSentLists | null;
  skillGroups: readonly SkillGroupOption[];
  userTimeZone: string;
}) {
  const t = useTranslations("PredictiveEdit");
  const format = useFormatter();
  const router = useRouter();
  const errorText = useEditErrorText();
  const [snapshot, setSnapshot] = useState(openedWith);
  const [timeZone, setTimeZone] = useState(userTimeZone);
  const [conflict, setConflict] = useState<SnapshotChange[] | null>(null);
  const [pendingSnapshot, setPendingSnapshot] = useState<TPredictiveSnapshot | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const [failure, setFailure] = useState<ActionError>();
  // Bumped when values are replaced from CCC, so inputs with local text (retry interval) take the new value.
  const [generation, setGeneration] = useState(0);
  // Until React has hydrated, a click would submit the bare HTML form (a GET that drops the input): wait for it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // A refusal or conflict appears at the top of a long form: bring it into view and focus, not only announce it.
  const topRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict || blocked) topRef.current?.focus();
  }, [conflict, blocked]);
  const resolver = useMemo(() => zodResolver(predictiveUpdateSchema(unixNowSeconds)), []);
  const form = useForm<EditInput, unknown, EditOutput>({
    resolver,
    defaultValues: defaultsFrom(openedWith, { sdkAppId, campaignId }, lists),
  });
  const { register, handleSubmit, setValue, setError, control, formState } = form;
  const { errors, isSubmitting, isSubmitted, dirtyFields } = formState;
  // Not the callees: watching them would copy and re-render 100,000 numbers on every change; the list input only
  // reads its value for the prefill.
  const [callers, startTime, endTime, retryInterval, callOrder] = useWatch({
    control,
    name: ["callers", "startTime", "endTime", "retryInterval", "callOrder"],
  });
  const update = { shouldValidate: isSubmitted, shouldDirty: true };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(undefined);
    let result: Awaited<ReturnType<typeof updatePredictiveCampaignAction>>;
    try {
      result = await updatePredictiveCampaignAction({ ...values, callees: toWire(values.callees), snapshot });
    } catch {
      return setFailure({ formError: { code: "unreachable", message: "" } });
    }
    const failed = actionFailure(result);
    if (failed) {
      for (const [field, messages] of Object.entries(failed.fieldErrors ?? {})) {
        setError(field as keyof EditInput, { type: "server", message: messages[0] });
      }
      return setFailure(failed.formError ? failed : undefined);
    }
    const outcome = result?.data;
    if (!outcome) return;
    if (outcome.outcome === "saved") {
      router.push(`${predictiveCampaignHref({ sdkAppId, campaignId })}?saved=1`);
      return;
    }
    if (outcome.outcome === "conflict") {
      setConflict(outcome.changes);
      setPendingSnapshot(outcome.current);
      return;
    }
    setBlocked(outcome.reason);
  });

  /** Keeps every field the user edited and takes CCC's current value for the rest; the next save compares anew. */
  const reapply = () => {
    if (!pendingSnapshot) return;
    for (const field of SNAPSHOT_FORM_FIELDS) {
      if (!dirtyFields[field]) setValue(field, formValueOf(pendingSnapshot, field) as never, { shouldDirty: false });
    }
    setSnapshot(pendingSnapshot);
    setConflict(null);
    setPendingSnapshot(null);
    setGeneration((g) => g + 1);
    document.getElementById("name")?.focus();
  };

  const section = (title: string, children: ReactNode) => (
    <section className="space-y-4 rounded-card border border-line bg-surface px-5 py-5 shadow-xs">
      <h2 className="text-sm font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel", { name: openedWith.name })} className="space-y-6">
      <div ref={topRef} tabIndex={-1} className="space-y-6 outline-none empty:hidden">
        {blocked ? (
          <Notice title={t("blocked.title")} tone="danger" alert>
            <p data-testid="blocked-reason" data-reason={blocked}>
              {t(`blocked.${blocked}`)}
            </p>
            <p>{t("blocked.kept")}</p>
          </Notice>
        ) : null}
        {conflict ? (
          <ConflictView
            changes={conflict}
            timeZone={timeZone}
            onReapply={reapply}
            onDiscard={() => window.location.reload()}
          />
        ) : null}
      </div>
      {section(
        t("sections.basics"),
        <BasicsSection
          register={register}
          errors={errors}
          errorText={errorText}
          skillGroups={skillGroups}
          callOrder={callOrder}
          currentSkillGroupId={snapshot.skillGroupId}
          onCallOrder={(order) => setValue("callOrder", order, update)}
        />,
      )}
      {section(
        t("sections.lists"),
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
            onChange={(numbers) => setValue("callees", numbers, { shouldValidate: isSubmitted })}
            error={errorText(errors.callees?.message)}
            prefillNote={
              lists
                ? t("listsPrefilled", {
                    when: format.dateTime(new Date(lists.submittedAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone,
                    }),
                    count: lists.callees.length,
                  })
                : undefined
            }
          />
          <CallerNumberSelect
            id="callers"
            label={t("callers")}
            sdkAppId={sdkAppId}
            value={callers}
            onChange={(numbers) => setValue("callers", numbers, update)}
            error={errorText(errors.callers?.message)}
          />
        </>,
      )}
      {section(
        t("sections.schedule"),
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2 sm:max-w-sm">
            <TimeZonePicker id="timeZone" value={timeZone} onChange={setTimeZone} />
          </div>
          <ZonedDateTimeField
            id="startTime"
            label={t("startTime")}
            value={Number.isFinite(startTime) ? startTime : undefined}
            onChange={(value) => setValue("startTime", value ?? Number.NaN, update)}
            timeZone={timeZone}
            hint={t("startTimeHint")}
            error={errorText(errors.startTime?.message)}
          />
          <ZonedDateTimeField
            id="endTime"
            label={t("endTime")}
            value={Number.isFinite(endTime) ? endTime : undefined}
            onChange={(value) => setValue("endTime", value ?? Number.NaN, update)}
            timeZone={timeZone}
            error={errorText(errors.endTime?.message)}
          />
        </div>,
      )}
      {section(
        t("sections.dialing"),
        <>
          <DialingSection register={register} errors={errors} errorText={errorText} />
          <RetryIntervalField
            key={generation}
            id="retryInterval"
            value={retryInterval}
            onChange={(seconds) => setValue("retryInterval", seconds, update)}
            error={errorText(errors.retryInterval?.message)}
          />
        </>,
      )}
      {section(
        t("sections.data"),
        <>
          <div>
            <label htmlFor="uui" className={labelClass}>
              {t("uui")}
            </label>
            <textarea
              id="uui"
              rows={2}
              {...register("uui")}
              aria-invalid={errors.uui ? true : undefined}
              aria-describedby={`uui-hint${errors.uui ? " uui-error" : ""}`}
              className={inputClass}
            />
            <p id="uui-hint" className={hintClass}>
              {t("uuiHint", { max: PREDICTIVE_LIMITS.uuiMax })}
            </p>
            <FieldError id="uui-error" message={errorText(errors.uui?.message)} />
          </div>
          <VariablesField control={control} register={register} errors={errors.variables} errorText={errorText} />
        </>,
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          variant="primary"
          disabled={!hydrated || isSubmitting || blocked !== null || conflict !== null}
        >
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        <div aria-live="polite" role="status" className="text-sm">
          {Object.keys(errors).length > 0 ? (
            <p className="font-medium text-danger" data-testid="error-summary">
              {t("errorSummary", { count: Object.keys(errors).length })}
            </p>
          ) : null}
        </div>
      </div>
      <ActionFailure failure={failure} testId="save-error" />
    </form>
  );
}
