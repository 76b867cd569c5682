"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { CallerNumberSelect } from "@/components/caller-numbers/caller-number-select";
import { FieldError, hintClass, inputClass, labelClass, TextField } from "@/components/form/text-field";
import { ZonedDateTimeField } from "@/components/form/zoned-date-time-field";
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

/** A titled group of fields; a fieldset so screen readers announce the section with its first field. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-card border border-line bg-surface px-5 py-5">
      <legend className="px-1 text-sm font-semibold text-ink">{title}</legend>
      {children}
    </fieldset>
  );
}

function Counter({ id, count, max }: { id: string; count: number; max: number }) {
  const t = useTranslations("CruiseForm.fields");
  return (
    <p id={id} className={`${hintClass} text-right tabular-nums ${count > max ? "font-medium text-danger" : ""}`}>
      {t("counter", { count, max })}
    </p>
  );
}

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
  const [name, sdkAppId] = useWatch({ control: form.control, name: ["name", "sdkAppId"] });
  return (
    <Section title={t("sections.campaign")}>
      <Controller
        control={form.control}
        name="sdkAppId"
        render={({ field }) => (
          <div>
            <label htmlFor="sdkAppId" className={labelClass}>
              {t("fields.app")}
            </label>
            <select
              id="sdkAppId"
              name={field.name}
              ref={field.ref}
              value={field.value === undefined ? "" : String(field.value)}
              onChange={(event) => field.onChange(event.target.value === "" ? undefined : Number(event.target.value))}
              onBlur={field.onBlur}
              aria-invalid={errorText("sdkAppId") ? true : undefined}
              aria-describedby={errorText("sdkAppId") ? "sdkAppId-error" : undefined}
              className={inputClass}
            >
              {appIds.length !== 1 ? <option value="">{t("fields.appPlaceholder")}</option> : null}
              {appIds.map((id) => (
                <option key={id} value={id}>
                  {t("fields.appOption", { sdkAppId: String(id) })}
                </option>
              ))}
            </select>
            <FieldError id="sdkAppId-error" message={errorText("sdkAppId")} />
          </div>
        )}
      />
      <TextField
        id="name"
        label={t("fields.name")}
        autoComplete="off"
        hint={t("fields.counter", { count: (name ?? "").trim().length, max: CRUISE_NAME_MAX })}
        error={errorText("name")}
        {...form.register("name")}
      />
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
    </Section>
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
    <Section title={t("sections.schedule")}>
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
      <TextField
        id="concurrencyNumber"
        label={t("fields.concurrency")}
        hint={t("fields.concurrencyHint")}
        type="number"
        inputMode="numeric"
        min={CRUISE_CONCURRENCY_MIN}
        max={CRUISE_CONCURRENCY_MAX}
        step={1}
        error={errorText("concurrencyNumber")}
        {...form.register("concurrencyNumber", { valueAsNumber: true })}
      />
    </Section>
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
    <Section title={t("sections.numbers")}>
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
          <fieldset aria-describedby={errorText("callOrder") ? "callOrder-error" : undefined}>
            <legend className={labelClass}>{t("fields.callOrder")}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {([0, 1] as const).map((order) => (
                <label key={order} className="inline-flex items-center gap-2 text-sm text-ink">
                  <input
                    type="radio"
                    name="callOrder"
                    value={order}
                    checked={field.value === order}
                    onChange={() => field.onChange(order)}
                    onBlur={field.onBlur}
                    className="size-4 accent-accent"
                  />
                  {t(order === 0 ? "fields.callOrderRandom" : "fields.callOrderInOrder")}
                </label>
              ))}
            </div>
            <FieldError id="callOrder-error" message={errorText("callOrder")} />
          </fieldset>
        )}
      />
    </Section>
  );
}

export function OptionFields({ form, errorText }: { form: CruiseForm; errorText: ErrorText }) {
  const t = useTranslations("CruiseForm");
  const uui = useWatch({ control: form.control, name: "uui" }) ?? "";
  const error = errorText("uui");
  return (
    <Section title={t("sections.options")}>
      <div>
        <label htmlFor="uui" className={labelClass}>
          {t("fields.uui")}
        </label>
        <textarea
          id="uui"
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={["uui-hint", "uui-counter", error ? "uui-error" : undefined].filter(Boolean).join(" ")}
          className={inputClass}
          {...form.register("uui")}
        />
        <div className="flex items-start justify-between gap-4">
          <p id="uui-hint" className={hintClass}>
            {t("fields.uuiHint")}
          </p>
          <Counter id="uui-counter" count={uui.length} max={CRUISE_UUI_MAX} />
        </div>
        <FieldError id="uui-error" message={error} />
      </div>
    </Section>
  );
}
