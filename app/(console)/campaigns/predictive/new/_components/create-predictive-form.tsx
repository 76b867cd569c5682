"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { CallableHoursField } from "@/components/campaign/callable-hours-field";
import { CreateOutcome } from "@/components/campaign/create-outcome";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useActionErrors } from "@/components/form/use-action-errors";
import { useHydrated } from "@/components/form/use-hydrated";
import {
  BasicsSection,
  DialingSection,
  type EditForm,
  EditUuiField,
} from "@/components/predictive-form/campaign-fields-section";
import { ListsSection } from "@/components/predictive-form/lists-section";
import { RetryIntervalField } from "@/components/predictive-form/retry-interval-field";
import { ScheduleSection } from "@/components/predictive-form/schedule-section";
import { VariablesField } from "@/components/predictive-form/variables-field";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/form-section";
import { actionFailure } from "@/lib/actions/action-result";
import { createPredictiveCampaignAction } from "@/lib/actions/create-predictive-campaign-action";
import { attributesToWire } from "@/lib/callees/attributes/schema";
import { toWire } from "@/lib/callees/wire";
import { CREATE_CODES } from "@/lib/campaigns/create-codes";
import {
  predictiveCreateSchema,
  type TPredictiveCreateFields,
  type TPredictiveCreateInput,
} from "@/lib/campaigns/predictive/create-schema";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import { PREDICTIVE_LIMITS as L } from "@/lib/campaigns/predictive/limits";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CREATE_FIELDS, type CreateField, useCreateErrorText, useCreateFieldLabel } from "./create-fields";

/** Failures after which CCC may hold the campaign: the same key must be kept, so a resubmit can never make two. */
const KEEP_KEY = new Set<string>([CREATE_CODES.outcomeUnknown, CREATE_CODES.inProgress, "unreachable"]);

/**
 * The predictive create form: the edit form's sections (one component per field for both), plus the campaign's
 * time zone and its calling windows, which only a create sends. Same behaviour as every campaign form: submit waits
 * for hydration, a failed submit focuses the first field in error and lists every one at the top, and nothing typed
 * is lost on a refusal. The idempotency key is made when the form opens and kept until CCC definitely refused, so a
 * double click, a retried request or a resubmit after "outcome unknown" never creates a second campaign.
 */
export function CreatePredictiveForm({
  sdkAppId,
  skillGroups,
  initialValues,
  viewerTimeZone,
  clonedFromCampaignId,
  prefillNote,
}: {
  sdkAppId: number;
  skillGroups: readonly SkillGroupOption[];
  initialValues: TPredictiveCreateInput;
  viewerTimeZone: string;
  clonedFromCampaignId?: number;
  prefillNote?: ReactNode;
}) {
  const t = useTranslations("PredictiveCreate");
  const router = useRouter();
  const hydrated = useHydrated();
  const errorKeyText = useCreateErrorText();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [submittedName, setSubmittedName] = useState("");
  const [newKeyNote, setNewKeyNote] = useState(false);
  const resolver = useMemo(() => zodResolver(predictiveCreateSchema(unixNowSeconds)), []);
  const form = useForm<TPredictiveCreateInput, unknown, TPredictiveCreateFields>({
    resolver,
    defaultValues: initialValues,
    // Several inputs are custom components without a ref; useActionErrors focuses the first error for all of them.
    shouldFocusError: false,
  });
  // The shared sections touch only fields both schemas have (the create's lacks the campaign id the edit carries).
  const shared = form as unknown as EditForm;
  const { errors, isSubmitting, isSubmitted } = form.formState;
  const actionErrors = useActionErrors(form, CREATE_FIELDS);
  const errorText = (field: CreateField) => errorKeyText(errors[field]?.message);
  const summary = useErrorSummaryItems(CREATE_FIELDS, errors, useCreateFieldLabel(), errorKeyText);
  const update = { shouldValidate: isSubmitted, shouldDirty: true };
  const hoursErrors = errors.availableTime;
  const windowErrors = Array.isArray(hoursErrors)
    ? hoursErrors.map((row) => row && { start: errorKeyText(row.start?.message), end: errorKeyText(row.end?.message) })
    : undefined;
  const [timeZone, startTime, endTime, availableTime] = useWatch({
    control: form.control,
    name: ["timeZone", "startTime", "endTime", "availableTime"],
  });

  const onSubmit = form.handleSubmit(async (values) => {
    actionErrors.clear();
    setNewKeyNote(false);
    setSubmittedName(values.name);
    let result: Awaited<ReturnType<typeof createPredictiveCampaignAction>>;
    try {
      result = await createPredictiveCampaignAction({
        ...values,
        callees: toWire(values.callees),
        calleeAttributes: attributesToWire(values.calleeAttributes),
        idempotencyKey,
        clonedFromCampaignId,
      });
    } catch {
      // No answer from the console: the request may have arrived, so the same key goes with the next try.
      actionErrors.apply({ formError: { code: "unreachable", message: "" } });
      return;
    }
    const failed = actionFailure(result);
    if (!failed && result?.data) {
      const { campaignId, replayed } = result.data;
      router.push(`${predictiveCampaignHref({ sdkAppId, campaignId })}?created=${replayed ? "replayed" : "1"}`);
      return;
    }
    if (!failed) return;
    const formError = actionErrors.apply(failed)?.formError;
    // CCC definitely refused (nothing was created): the corrected form is a new request with a new key.
    if (!formError || !KEEP_KEY.has(formError.code)) setIdempotencyKey(crypto.randomUUID());
  }, actionErrors.onInvalid);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("formLabel")}
      aria-describedby="predictive-create-status"
      data-hydrated={hydrated || undefined}
      className="space-y-6"
    >
      <ErrorSummary items={summary} />
      <FormSection title={t("sections.basics")}>
        <BasicsSection
          form={shared}
          errorText={errorText}
          skillGroups={skillGroups}
          currentSkillGroupId={initialValues.skillGroupId}
          onCallOrder={(order) => form.setValue("callOrder", order, update)}
        />
      </FormSection>
      <FormSection title={t("sections.lists")}>
        {prefillNote}
        <ListsSection form={shared} sdkAppId={sdkAppId} lists={null} isNew timeZone={timeZone} errorText={errorText} />
      </FormSection>
      <FormSection title={t("sections.schedule")}>
        <ScheduleSection
          form={shared}
          timeZone={timeZone}
          viewerTimeZone={viewerTimeZone}
          onTimeZone={(zone) => form.setValue("timeZone", zone, update)}
          zoneLabel={t("timeZone")}
          zoneHint={t("timeZoneHint")}
          errorText={errorText}
        />
      </FormSection>
      <FormSection title={t("sections.hours")}>
        <CallableHoursField
          id="availableTime"
          value={availableTime}
          onChange={(windows) => form.setValue("availableTime", windows, update)}
          startTime={startTime}
          endTime={endTime}
          timeZone={timeZone}
          rowErrors={windowErrors}
          error={errorKeyText(hoursErrors?.message ?? hoursErrors?.root?.message)}
        />
      </FormSection>
      <FormSection title={t("sections.dialing")}>
        <DialingSection
          form={shared}
          errorText={errorText}
          create={{
            abandonRate: L.expectedAbandonRateCreate,
            abandonRateHint: t("abandonRateHint"),
            retryTimesHint: t("retryTimesHint"),
            ivrIdHint: t("ivrIdHint"),
          }}
        />
        <RetryIntervalField
          id="retryInterval"
          value={form.getValues("retryInterval")}
          onChange={(seconds) => form.setValue("retryInterval", seconds, update)}
          error={errorText("retryInterval")}
        />
      </FormSection>
      <FormSection title={t("sections.data")}>
        <EditUuiField form={shared} errorText={errorText} />
        <VariablesField form={shared} errors={errors.variables} errorText={errorKeyText} />
      </FormSection>
      <CreateOutcome
        failure={actionErrors.failure}
        name={submittedName}
        messages="PredictiveCreate.outcome"
        listHref={predictiveListHref(sdkAppId, 1)}
        onNewSubmission={() => {
          setIdempotencyKey(crypto.randomUUID());
          actionErrors.clear();
          setNewKeyNote(true);
        }}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" size="lg" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? t("pending") : t("submit")}
        </Button>
        <p id="predictive-create-status" role="status" className="min-w-0 flex-1 text-sm text-ink-muted">
          {newKeyNote ? t("outcome.retryNote") : ""}
        </p>
      </div>
    </form>
  );
}
