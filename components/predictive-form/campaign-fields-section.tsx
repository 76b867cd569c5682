"use client";

import { useTranslations } from "next-intl";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { CallOrderField } from "@/components/campaign/call-order-field";
import { UuiField } from "@/components/campaign/uui-field";
import { Field, Input, Select } from "@/components/ui/field";
import { PREDICTIVE_LIMITS as L } from "@/lib/campaigns/predictive/limits";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { EditField } from "./edit-fields";
import type { EditInput, EditOutput } from "./form-types";

export type EditForm = UseFormReturn<EditInput, unknown, EditOutput>;
/** The translated error of a field, or undefined. */
export type FieldErrorText = (field: EditField | "timeZone") => string | undefined;

const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? Number.NaN : Number(value);
const toOptionalNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

/** Name, skill group, priority and call order. */
export function BasicsSection({
  form,
  errorText,
  skillGroups,
  currentSkillGroupId,
  onCallOrder,
}: {
  form: EditForm;
  errorText: FieldErrorText;
  skillGroups: readonly SkillGroupOption[];
  /**
   * CCC's current value: offered even when the list no longer has it, so opening the form changes nothing. NaN on
   * a new campaign: the select starts on "Choose a skill group".
   */
  currentSkillGroupId: number;
  onCallOrder: (order: 0 | 1) => void;
}) {
  const t = useTranslations("PredictiveEdit");
  const callOrder = useWatch({ control: form.control, name: "callOrder" });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id="name"
        className="sm:col-span-2"
        label={t("name")}
        hint={t("nameHint", { max: L.nameMax })}
        error={errorText("name")}
      >
        <Input {...form.register("name")} />
      </Field>
      <Field id="skillGroupId" label={t("skillGroup")} hint={t("skillGroupHint")} error={errorText("skillGroupId")}>
        <Select {...form.register("skillGroupId", { setValueAs: toNumber })}>
          {!Number.isFinite(currentSkillGroupId) ? (
            // A new campaign: nothing chosen yet. The value is the form's own empty value (NaN, which the schema
            // refuses with "Choose a skill group"), so the select shows this option rather than a blank box.
            <option value={String(Number.NaN)}>{t("skillGroupChoose")}</option>
          ) : skillGroups.some((group) => group.id === currentSkillGroupId) ? null : (
            <option value={currentSkillGroupId}>{t("skillGroupMissing", { id: String(currentSkillGroupId) })}</option>
          )}
          {skillGroups.map((group) => (
            <option key={group.id} value={group.id} disabled={!group.phone}>
              {group.phone
                ? t("skillGroupOption", { name: group.name, id: String(group.id) })
                : t("skillGroupNotPhone", { name: group.name })}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="priority" label={t("priority")} hint={t("priorityHint")} error={errorText("priority")}>
        <Select {...form.register("priority", { setValueAs: toNumber })}>
          {[1, 2, 3, 4, 5].map((p) => (
            <option key={p} value={p}>
              {t("priorityOption", { priority: String(p) })}
            </option>
          ))}
        </Select>
      </Field>
      <CallOrderField
        className="sm:col-span-2"
        value={callOrder}
        onChange={onCallOrder}
        error={errorText("callOrder")}
      />
    </div>
  );
}

/** A whole-number input in a Field, registered with react-hook-form. */
function NumberField({
  form,
  name,
  label,
  hint,
  error,
  min,
  max,
  optional = false,
}: {
  form: EditForm;
  name: "expectedAbandonRate" | "retryTimes" | "ivrId";
  label: string;
  hint: string;
  error?: string;
  min: number;
  max?: number;
  optional?: boolean;
}) {
  const t = useTranslations("PredictiveEdit");
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        placeholder={optional ? t("notSet") : undefined}
        {...form.register(name, { setValueAs: optional ? toOptionalNumber : toNumber })}
      />
    </Field>
  );
}

/** What differs on create: CCC's wider abandon range (0–50) and hints that do not speak of "the update". */
export interface DialingSectionCreate {
  abandonRate: { min: number; max: number };
  abandonRateHint: string;
  retryTimesHint: string;
  ivrIdHint: string;
}

/** Expected abandon rate, retry times and the optional IVR. The retry interval has its own field. */
export function DialingSection({
  form,
  errorText,
  create,
}: {
  form: EditForm;
  errorText: FieldErrorText;
  create?: DialingSectionCreate;
}) {
  const t = useTranslations("PredictiveEdit");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <NumberField
        form={form}
        name="expectedAbandonRate"
        label={t("abandonRate")}
        hint={create?.abandonRateHint ?? t("abandonRateHint")}
        error={errorText("expectedAbandonRate")}
        {...(create?.abandonRate ?? L.expectedAbandonRate)}
      />
      <NumberField
        form={form}
        name="retryTimes"
        label={t("retryTimes")}
        hint={create?.retryTimesHint ?? t("retryTimesHint")}
        error={errorText("retryTimes")}
        {...L.retryTimes}
        optional
      />
      <NumberField
        form={form}
        name="ivrId"
        label={t("ivrId")}
        hint={create?.ivrIdHint ?? t("ivrIdHint")}
        error={errorText("ivrId")}
        min={1}
        optional
      />
    </div>
  );
}

/** The UUI with its character count. */
export function EditUuiField({ form, errorText }: { form: EditForm; errorText: FieldErrorText }) {
  const uui = useWatch({ control: form.control, name: "uui" }) ?? "";
  return <UuiField limit={L.uuiMax} length={uui.length} rows={2} error={errorText("uui")} {...form.register("uui")} />;
}
