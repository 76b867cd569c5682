"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { createAgentCruiseCampaignAction } from "@/lib/actions/create-agent-cruise-campaign-action";
import { toWire } from "@/lib/callees/wire";
import { CRUISE_CREATE_CODES } from "@/lib/campaigns/cruise/create-codes";
import {
  createCruiseCampaignSchema,
  type TCruiseCampaignInput,
  type TCruiseCampaignValues,
} from "@/lib/campaigns/cruise/create-schema";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CreateOutcome } from "./create-outcome";
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

/** Failures after which CCC may hold the campaign: the same key must be kept, so a resubmit can never make two. */
const KEEP_KEY = new Set<string>([CRUISE_CREATE_CODES.outcomeUnknown, CRUISE_CREATE_CODES.inProgress, "unreachable"]);

/** Moves focus to the first invalid field in form order; for a group (the caller list) its first input. */
function focusFirstError(fields: readonly string[]) {
  const first = FIELDS.find((field) => fields.includes(field));
  const element = first ? document.getElementById(first) : null;
  const target = element?.matches("input, select, textarea")
    ? element
    : element?.querySelector("input, select, textarea");
  if (target instanceof HTMLElement) target.focus();
}

/**
 * The agent cruise create form. Validated with the server action's own schema (on blur, then as the user types, and
 * on submit). The idempotency key is made when the form opens and kept until CCC definitely refused, so a double
 * click, a retried request or a resubmit after "outcome unknown" never creates a second campaign.
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
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<ActionError>();
  const [submittedName, setSubmittedName] = useState("");
  const [newKeyNote, setNewKeyNote] = useState(false);
  const schema = useMemo(() => createCruiseCampaignSchema(unixNowSeconds), []);
  const form = useForm<TCruiseCampaignInput, unknown, TCruiseCampaignValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    mode: "onTouched",
    // Several inputs are custom components without a ref; focusFirstError below handles all of them.
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  // Marks the form interactive once hydrated (tests wait for it; values typed earlier would be reset by hydration).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFailure(undefined);
      setNewKeyNote(false);
      setSubmittedName(values.name);
      let result: Awaited<ReturnType<typeof createAgentCruiseCampaignAction>>;
      try {
        const callees = toWire(values.callees);
        result = await createAgentCruiseCampaignAction({ ...values, callees, idempotencyKey, clonedFromCampaignId });
      } catch {
        // No answer from the console: the request may have arrived, so the same key goes with the next try.
        return setFailure({ formError: { code: "unreachable", message: "" } });
      }
      const failed = actionFailure(result);
      if (!failed && result?.data) {
        const { sdkAppId, campaignId, replayed } = result.data;
        router.push(`${cruiseCampaignHref(sdkAppId, campaignId)}/created${replayed ? "?replayed=1" : ""}`);
        return;
      }
      if (!failed) return;
      let unplaced: string | undefined;
      for (const [field, messages] of Object.entries(failed.fieldErrors ?? {})) {
        if ((FIELDS as readonly string[]).includes(field)) {
          form.setError(field as Field, { type: "server", message: messages[0] });
        } else unplaced = messages[0];
      }
      focusFirstError(Object.keys(failed.fieldErrors ?? {}));
      const formError =
        failed.formError ?? (unplaced ? { code: "invalid_input", message: unplaced } : undefined) ?? undefined;
      setFailure({ ...failed, formError });
      // CCC definitely refused (nothing was created): the corrected form is a new request with a new key.
      if (!formError || !KEEP_KEY.has(formError.code)) setIdempotencyKey(crypto.randomUUID());
    },
    (invalid) => focusFirstError(Object.keys(invalid)),
  );

  const fieldErrorCount = Object.keys(errors).length;
  const text = (field: Field) => errorText(errors[field]?.message);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-describedby="cruise-form-status"
      data-hydrated={hydrated || undefined}
      className="space-y-6"
    >
      <CampaignFields form={form} appIds={appIds} errorText={text} />
      <ScheduleFields form={form} timeZone={timeZone} onTimeZone={setTimeZone} errorText={text} />
      <NumberFields form={form} errorText={text} prefillNote={prefillNote} />
      <OptionFields form={form} errorText={text} />
      <div className="flex flex-wrap items-start gap-4">
        <Button type="submit" variant="primary" size="lg" disabled={isSubmitting}>
          {isSubmitting ? t("pending") : t("submit")}
        </Button>
        <div id="cruise-form-status" role="status" aria-live="polite" className="min-w-0 flex-1 space-y-3 text-sm">
          {fieldErrorCount > 0 ? (
            <p className="font-medium text-danger" data-testid="field-error-summary">
              {t("errors.summary", { count: fieldErrorCount })}
            </p>
          ) : null}
          {newKeyNote ? <p className="text-ink-muted">{t("outcome.retryNote")}</p> : null}
        </div>
      </div>
      <CreateOutcome
        failure={failure}
        name={submittedName}
        onNewSubmission={() => {
          setIdempotencyKey(crypto.randomUUID());
          setFailure(undefined);
          setNewKeyNote(true);
        }}
      />
    </form>
  );
}
