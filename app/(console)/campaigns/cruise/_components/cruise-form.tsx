"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { CreateOutcome } from "@/components/campaign/create-outcome";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useActionErrors } from "@/components/form/use-action-errors";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import { actionFailure } from "@/lib/actions/action-result";
import { createAgentCruiseCampaignAction } from "@/lib/actions/create-agent-cruise-campaign-action";
import { toWire } from "@/lib/callees/wire";
import { CREATE_CODES } from "@/lib/campaigns/create-codes";
import {
  createCruiseCampaignSchema,
  type TCruiseCampaignInput,
  type TCruiseCampaignValues,
} from "@/lib/campaigns/cruise/create-schema";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CampaignFields, NumberFields, OptionFields, ScheduleFields } from "./cruise-form-fields";
import { useCruiseErrorText } from "./use-cruise-error-text";

const FIELDS = [
  "sdkAppId",
  "name",
  "agent",
  "concurrencyNumber",
  "startTime",
  "endTime",
  "callees",
  "callers",
  "callOrder",
  "uui",
] as const satisfies readonly (keyof TCruiseCampaignInput)[];
type Field = (typeof FIELDS)[number];

const LABEL_KEYS = {
  sdkAppId: "fields.app",
  name: "fields.name",
  agent: "fields.agent",
  concurrencyNumber: "fields.concurrency",
  startTime: "fields.start",
  endTime: "fields.end",
  callees: "fields.callees",
  callers: "fields.callers",
} as const;

/** Failures after which CCC may hold the campaign: the same key must be kept, so a resubmit can never make two. */
const KEEP_KEY = new Set<string>([CREATE_CODES.outcomeUnknown, CREATE_CODES.inProgress, "unreachable"]);

/** The label of each field, for the error summary. */
function useFieldLabel(): (field: Field) => string {
  const t = useTranslations("CruiseForm");
  const tShared = useTranslations("CampaignFields");
  return (field) =>
    field === "callOrder" ? tShared("callOrder") : field === "uui" ? tShared("uui") : t(LABEL_KEYS[field]);
}

/**
 * The agent cruise create form, on the kit with the campaign forms' one behaviour: submit waits for hydration, a
 * failed submit focuses the first field in error and lists every one at the top. Validated with the server action's
 * own schema (on blur, then as the user types, and on submit). The idempotency key is made when the form opens and
 * kept until CCC definitely refused, so a double click, a retried request or a resubmit after "outcome unknown" never
 * creates a second campaign.
 */
export function CruiseCampaignForm({
  appIds,
  defaultTimeZone,
  initialValues,
  clonedFromCampaignId,
  prefillNote,
}: {
  appIds: readonly number[];
  defaultTimeZone: string;
  initialValues: TCruiseCampaignInput;
  clonedFromCampaignId?: number;
  prefillNote?: ReactNode;
}) {
  const t = useTranslations("CruiseForm");
  const router = useRouter();
  const errorText = useCruiseErrorText();
  const hydrated = useHydrated();
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [submittedName, setSubmittedName] = useState("");
  const [newKeyNote, setNewKeyNote] = useState(false);
  const schema = useMemo(() => createCruiseCampaignSchema(unixNowSeconds), []);
  const form = useForm<TCruiseCampaignInput, unknown, TCruiseCampaignValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    mode: "onTouched",
    // Several inputs are custom components without a ref; useActionErrors focuses the first error for all of them.
    shouldFocusError: false,
  });
  const actionErrors = useActionErrors(form, FIELDS);
  const { errors, isSubmitting } = form.formState;
  const text = (field: Field) => errorText(errors[field]?.message);
  const summary = useErrorSummaryItems(FIELDS, errors, useFieldLabel(), errorText);

  const onSubmit = form.handleSubmit(async (values) => {
    actionErrors.clear();
    setNewKeyNote(false);
    setSubmittedName(values.name);
    let result: Awaited<ReturnType<typeof createAgentCruiseCampaignAction>>;
    try {
      const callees = toWire(values.callees);
      // The zone the times were entered in goes along: the campaign's pages show its times there afterwards.
      const input = { ...values, callees, idempotencyKey, clonedFromCampaignId, timeZone };
      result = await createAgentCruiseCampaignAction(input);
    } catch {
      // No answer from the console: the request may have arrived, so the same key goes with the next try.
      actionErrors.apply({ formError: { code: "unreachable", message: "" } });
      return;
    }
    const failed = actionFailure(result);
    if (!failed && result?.data) {
      const { sdkAppId, campaignId, replayed } = result.data;
      router.push(`${cruiseCampaignHref(sdkAppId, campaignId)}/created${replayed ? "?replayed=1" : ""}`);
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
      aria-describedby="cruise-form-status"
      data-hydrated={hydrated || undefined}
      className="space-y-6"
    >
      <ErrorSummary items={summary} />
      <CampaignFields form={form} appIds={appIds} errorText={text} />
      <ScheduleFields form={form} timeZone={timeZone} onTimeZone={setTimeZone} errorText={text} />
      <NumberFields form={form} errorText={text} prefillNote={prefillNote} />
      <OptionFields form={form} errorText={text} />
      <CreateOutcome
        failure={actionErrors.failure}
        name={submittedName}
        messages="CruiseForm.outcome"
        listHref="/campaigns/cruise"
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
        <p id="cruise-form-status" role="status" className="min-w-0 flex-1 text-sm text-ink-muted">
          {newKeyNote ? t("outcome.retryNote") : ""}
        </p>
      </div>
    </form>
  );
}
