"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { CallerNumberSelect } from "@/components/caller-numbers/caller-number-select";
import { CallOrderField } from "@/components/campaign/call-order-field";
import { UuiField } from "@/components/campaign/uui-field";
import { ZonedDateTimeField } from "@/components/form/zoned-date-time-field";
import { Field, Input, Select } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import {
  CRUISE_CONCURRENCY_MAX,
  CRUISE_CONCURRENCY_MIN,
  CRUISE_NAME_MAX,
  CRUISE_UUI_MAX,
  type TCruiseCampaignInput,
  type TCruiseCampaignValues,
} from "@/lib/campaigns/cruise/create-schema";
import { AgentPicker } from "./agent-picker";

export type CruiseForm = UseFormReturn<TCruiseCampaignInput, unknown, TCruiseCampaignValues>;
type ErrorText = (field: keyof TCruiseCampaignInput) => string | undefined;

export function CampaignFields({
  form,
  appIds,
  errorText,
}: {
  form: CruiseForm;
  appIds: readonly number[];
  errorText: ErrorText;
}) {
  const t = useTranslations("CruiseForm");
  const tShared = useTranslations("CampaignFields");
  const [name, sdkAppId] = useWatch({ control: form.control, name: ["name", "sdkAppId"] });
  return (
    <FormSection title={t("sections.campaign")}>
      <Controller
        control={form.control}
        name="sdkAppId"
        render={({ field }) => (
          <Field id="sdkAppId" label={t("fields.app")} error={errorText("sdkAppId")}>
            <Select
              name={field.name}
              ref={field.ref}
              value={field.value === undefined ? "" : String(field.value)}
              onChange={(event) => field.onChange(event.target.value === "" ? undefined : Number(event.target.value))}
              onBlur={field.onBlur}
            >
              {appIds.length !== 1 ? <option value="">{t("fields.appPlaceholder")}</option> : null}
              {appIds.map((id) => (
                <option key={id} value={id}>
                  {t("fields.appOption", { sdkAppId: String(id) })}
                </option>
              ))}
            </Select>
          </Field>
        )}
      />
      <Field
        id="name"
        label={t("fields.name")}
        hint={tShared("counter", { count: (name ?? "").trim().length, max: CRUISE_NAME_MAX })}
        error={errorText("name")}
      >
        <Input autoComplete="off" {...form.register("name")} />
      </Field>
      <Controller
        control={form.control}
        name="agent"
        render={({ field }) => (
          <AgentPicker
            id="agent"
            sdkAppId={sdkAppId}
            value={field.value ?? ""}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorText("agent")}
          />
        )}
      />
    </FormSection>
  );
}

export function ScheduleFields({
  form,
  timeZone,
  onTimeZone,
  errorText,
}: {
  form: CruiseForm;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  errorText: ErrorText;
}) {
  const t = useTranslations("CruiseForm");
  return (
    <FormSection title={t("sections.schedule")}>
      <TimeZonePicker id="timeZone" value={timeZone} onChange={onTimeZone} />
      <div className="grid gap-4 sm:grid-cols-2">
        {(["startTime", "endTime"] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <ZonedDateTimeField
                id={name}
                name={name}
                label={t(name === "startTime" ? "fields.start" : "fields.end")}
                hint={t(name === "startTime" ? "fields.startHint" : "fields.endHint")}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                timeZone={timeZone}
                error={errorText(name)}
              />
            )}
          />
        ))}
      </div>
      <Field
        id="concurrencyNumber"
        label={t("fields.concurrency")}
        hint={t("fields.concurrencyHint")}
        error={errorText("concurrencyNumber")}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={CRUISE_CONCURRENCY_MIN}
          max={CRUISE_CONCURRENCY_MAX}
          step={1}
          {...form.register("concurrencyNumber", { valueAsNumber: true })}
        />
      </Field>
    </FormSection>
  );
}

export function NumberFields({
  form,
  errorText,
  prefillNote,
}: {
  form: CruiseForm;
  errorText: ErrorText;
  prefillNote?: ReactNode;
}) {
  const t = useTranslations("CruiseForm");
  const sdkAppId = useWatch({ control: form.control, name: "sdkAppId" });
  return (
    <FormSection title={t("sections.numbers")}>
      <Controller
        control={form.control}
        name="callees"
        render={({ field }) => (
          <CalleeListInput
            id="callees"
            label={t("fields.callees")}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorText("callees")}
            prefillNote={prefillNote}
            doNotCallApp={typeof sdkAppId === "number" ? sdkAppId : undefined}
          />
        )}
      />
      <Controller
        control={form.control}
        name="callers"
        render={({ field }) => (
          <CallerNumberSelect
            id="callers"
            label={t("fields.callers")}
            sdkAppId={sdkAppId}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorText("callers")}
          />
        )}
      />
      <Controller
        control={form.control}
        name="callOrder"
        render={({ field }) => (
          <CallOrderField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorText("callOrder")}
          />
        )}
      />
    </FormSection>
  );
}

export function OptionFields({ form, errorText }: { form: CruiseForm; errorText: ErrorText }) {
  const t = useTranslations("CruiseForm");
  const uui = useWatch({ control: form.control, name: "uui" }) ?? "";
  return (
    <FormSection title={t("sections.options")}>
      <UuiField limit={CRUISE_UUI_MAX} length={uui.length} error={errorText("uui")} {...form.register("uui")} />
    </FormSection>
  );
}
