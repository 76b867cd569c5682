"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { FailureNotice } from "@/components/failure-notice";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useActionErrors } from "@/components/form/use-action-errors";
import { useHydrated } from "@/components/form/use-hydrated";
import { Notice } from "@/components/notice";
import { BasicsSection, DialingSection, EditUuiField } from "@/components/predictive-form/campaign-fields-section";
import { EDIT_FIELDS, type EditField, useEditFieldLabel } from "@/components/predictive-form/edit-fields";
import {
  defaultsFrom,
  type EditInput,
  type EditOutput,
  formValueOf,
  SNAPSHOT_FORM_FIELDS,
} from "@/components/predictive-form/form-types";
import { type LastSentLists, ListsSection } from "@/components/predictive-form/lists-section";
import { RetryIntervalField } from "@/components/predictive-form/retry-interval-field";
import { ScheduleSection } from "@/components/predictive-form/schedule-section";
import { useEditErrorText } from "@/components/predictive-form/use-edit-error-text";
import { VariablesField } from "@/components/predictive-form/variables-field";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/form-section";
import { actionFailure } from "@/lib/actions/action-result";
import { updatePredictiveCampaignAction } from "@/lib/actions/update-predictive-campaign-action";
import { attributesToWire } from "@/lib/callees/attributes/schema";
import { toWire } from "@/lib/callees/wire";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { SnapshotChange, TPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import type { PredictiveUpdateOutcome } from "@/lib/campaigns/predictive/update-outcome";
import { addUnsetRule, predictiveUpdateSchema } from "@/lib/campaigns/predictive/update-schema";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { ConflictView } from "./conflict-view";

export type { LastSentLists } from "@/components/predictive-form/lists-section";

type Blocked = Extract<PredictiveUpdateOutcome, { outcome: "notEditable" }>["reason"];

/**
 * Edits every field of UpdatePredictiveDialingCampaign, on the kit with the campaign forms' one behaviour: Save waits
 * for hydration, a failed save focuses the first field in error and lists every one at the top, and any failure
 * leaves Save usable. Submits the Describe snapshot it was opened with, so the server can refuse a campaign that
 * started or report what somebody else changed meanwhile; the user's input is never reset by a refusal.
 */
export function EditCampaignForm({
  sdkAppId,
  campaignId,
  snapshot: openedWith,
  lists,
  skillGroups,
  userTimeZone,
  plannedTimeZone,
}: {
  sdkAppId: number;
  campaignId: number;
  snapshot: TPredictiveSnapshot;
  lists: LastSentLists | null;
  skillGroups: readonly SkillGroupOption[];
  userTimeZone: string;
  /** The zone the campaign was last planned in here: the form reads its times there, and records the zone saved. */
  plannedTimeZone: string | null;
}) {
  const t = useTranslations("PredictiveEdit");
  const router = useRouter();
  const errorKeyText = useEditErrorText();
  const hydrated = useHydrated();
  const [snapshot, setSnapshot] = useState(openedWith);
  const [timeZone, setTimeZone] = useState(plannedTimeZone ?? userTimeZone);
  const [conflict, setConflict] = useState<SnapshotChange[] | null>(null);
  const [pendingSnapshot, setPendingSnapshot] = useState<TPredictiveSnapshot | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  // Bumped when values are replaced from CCC, so inputs with local text (retry interval) take the new value.
  const [generation, setGeneration] = useState(0);
  // A refusal or conflict appears at the top of a long form: bring it into view and focus, not only announce it.
  const topRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict || blocked) topRef.current?.focus();
  }, [conflict, blocked]);
  // The snapshot the next save compares against (it changes on re-apply): an emptied number CCC holds is refused.
  const openedRef = useRef(snapshot);
  openedRef.current = snapshot;
  const resolver = useMemo(
    () => zodResolver(addUnsetRule(predictiveUpdateSchema(unixNowSeconds), () => openedRef.current)),
    [],
  );
  const form = useForm<EditInput, unknown, EditOutput>({
    resolver,
    defaultValues: defaultsFrom(openedWith, { sdkAppId, campaignId }, lists),
    // Several inputs are custom components without a ref; useActionErrors focuses the first error for all of them.
    shouldFocusError: false,
  });
  const { setValue, formState } = form;
  const { errors, isSubmitting, isSubmitted, dirtyFields } = formState;
  const actionErrors = useActionErrors(form, EDIT_FIELDS);
  // The edit's zone is a view setting, never in error (a campaign's TimeZone cannot be updated in CCC).
  const errorText = (field: EditField | "timeZone") =>
    field === "timeZone" ? undefined : errorKeyText(errors[field]?.message);
  const summary = useErrorSummaryItems(EDIT_FIELDS, errors, useEditFieldLabel(), errorKeyText);
  const update = { shouldValidate: isSubmitted, shouldDirty: true };

  const onSubmit = form.handleSubmit(async (values) => {
    actionErrors.clear();
    let result: Awaited<ReturnType<typeof updatePredictiveCampaignAction>>;
    try {
      result = await updatePredictiveCampaignAction({
        ...values,
        callees: toWire(values.callees),
        calleeAttributes: attributesToWire(values.calleeAttributes),
        snapshot,
        timeZone,
      });
    } catch {
      actionErrors.apply({ formError: { code: "unreachable", message: "" } });
      return;
    }
    const failed = actionFailure(result);
    if (failed) {
      actionErrors.apply(failed);
      return;
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
  }, actionErrors.onInvalid);

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

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("formLabel", { name: openedWith.name })}
      data-hydrated={hydrated || undefined}
      className="space-y-6"
    >
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
      <ErrorSummary items={summary} />
      <FormSection title={t("sections.basics")}>
        <BasicsSection
          form={form}
          errorText={errorText}
          skillGroups={skillGroups}
          currentSkillGroupId={snapshot.skillGroupId}
          onCallOrder={(order) => setValue("callOrder", order, update)}
        />
      </FormSection>
      <FormSection title={t("sections.lists")}>
        <ListsSection form={form} sdkAppId={sdkAppId} lists={lists} timeZone={timeZone} errorText={errorText} />
      </FormSection>
      <FormSection title={t("sections.schedule")}>
        <ScheduleSection
          form={form}
          timeZone={timeZone}
          viewerTimeZone={userTimeZone}
          onTimeZone={setTimeZone}
          errorText={errorText}
        />
      </FormSection>
      <FormSection title={t("sections.dialing")}>
        <DialingSection form={form} errorText={errorText} />
        <RetryIntervalField
          key={generation}
          id="retryInterval"
          value={form.getValues("retryInterval")}
          onChange={(seconds) => setValue("retryInterval", seconds, update)}
          error={errorText("retryInterval")}
        />
      </FormSection>
      <FormSection title={t("sections.data")}>
        <EditUuiField form={form} errorText={errorText} />
        <VariablesField form={form} errors={errors.variables} errorText={errorKeyText} />
      </FormSection>
      <FailureNotice failure={actionErrors.failure} testId="save-error" />
      <Button
        type="submit"
        variant="primary"
        disabled={!hydrated || isSubmitting || blocked !== null || conflict !== null}
      >
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
