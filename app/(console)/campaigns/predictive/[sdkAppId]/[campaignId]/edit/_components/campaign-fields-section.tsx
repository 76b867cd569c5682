"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { FieldError, hintClass, inputClass, labelClass, TextField } from "@/components/form/text-field";
import { PREDICTIVE_LIMITS as L } from "@/lib/campaigns/predictive/limits";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { EditInput } from "./form-types";

const toNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? Number.NaN : Number(value);
const toOptionalNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

/** Name, skill group, priority and call order. */
export function BasicsSection({
  register,
  errors,
  errorText,
  skillGroups,
  callOrder,
  onCallOrder,
  currentSkillGroupId,
}: {
  /** CCC's current value: offered even when the list no longer has it, so opening the form changes nothing. */
  currentSkillGroupId: number;
  callOrder: number;
  onCallOrder: (order: 0 | 1) => void;
  register: UseFormRegister<EditInput>;
  errors: FieldErrors<EditInput>;
  errorText: (key: string | undefined) => string | undefined;
  skillGroups: readonly SkillGroupOption[];
}) {
  const t = useTranslations("PredictiveEdit");
  const skillError = errorText(errors.skillGroupId?.message);
  const priorityError = errorText(errors.priority?.message);
  const orderError = errorText(errors.callOrder?.message);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField
          id="name"
          label={t("name")}
          hint={t("nameHint", { max: L.nameMax })}
          error={errorText(errors.name?.message)}
          {...register("name")}
        />
      </div>
      <div>
        <label htmlFor="skillGroupId" className={labelClass}>
          {t("skillGroup")}
        </label>
        <select
          id="skillGroupId"
          {...register("skillGroupId", { setValueAs: toNumber })}
          aria-invalid={skillError ? true : undefined}
          aria-describedby={`skillGroupId-hint${skillError ? " skillGroupId-error" : ""}`}
          className={inputClass}
        >
          {skillGroups.some((group) => group.id === currentSkillGroupId) ? null : (
            <option value={currentSkillGroupId}>{t("skillGroupMissing", { id: String(currentSkillGroupId) })}</option>
          )}
          {skillGroups.map((group) => (
            <option key={group.id} value={group.id} disabled={!group.phone}>
              {group.phone
                ? t("skillGroupOption", { name: group.name, id: String(group.id) })
                : t("skillGroupNotPhone", { name: group.name })}
            </option>
          ))}
        </select>
        <p id="skillGroupId-hint" className={hintClass}>
          {t("skillGroupHint")}
        </p>
        <FieldError id="skillGroupId-error" message={skillError} />
      </div>
      <div>
        <label htmlFor="priority" className={labelClass}>
          {t("priority")}
        </label>
        <select
          id="priority"
          {...register("priority", { setValueAs: toNumber })}
          aria-invalid={priorityError ? true : undefined}
          aria-describedby={`priority-hint${priorityError ? " priority-error" : ""}`}
          className={inputClass}
        >
          {[1, 2, 3, 4, 5].map((p) => (
            <option key={p} value={p}>
              {t("priorityOption", { priority: String(p) })}
            </option>
          ))}
        </select>
        <p id="priority-hint" className={hintClass}>
          {t("priorityHint")}
        </p>
        <FieldError id="priority-error" message={priorityError} />
      </div>
      <fieldset className="sm:col-span-2" aria-describedby={orderError ? "callOrder-error" : undefined}>
        <legend className={labelClass}>{t("callOrder")}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm text-ink">
          {([1, 0] as const).map((order) => (
            <label key={order} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="callOrder"
                value={order}
                checked={callOrder === order}
                onChange={() => onCallOrder(order)}
              />
              {t(order === 1 ? "callOrderInOrder" : "callOrderRandom")}
            </label>
          ))}
        </div>
        <FieldError id="callOrder-error" message={orderError} />
      </fieldset>
    </div>
  );
}

/** Expected abandon rate, retry times and the optional IVR. The retry interval has its own field. */
export function DialingSection({
  register,
  errors,
  errorText,
}: {
  register: UseFormRegister<EditInput>;
  errors: FieldErrors<EditInput>;
  errorText: (key: string | undefined) => string | undefined;
}) {
  const t = useTranslations("PredictiveEdit");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField
        id="expectedAbandonRate"
        type="number"
        inputMode="numeric"
        min={L.expectedAbandonRate.min}
        max={L.expectedAbandonRate.max}
        step={1}
        label={t("abandonRate")}
        hint={t("abandonRateHint")}
        error={errorText(errors.expectedAbandonRate?.message)}
        {...register("expectedAbandonRate", { setValueAs: toNumber })}
      />
      <TextField
        id="retryTimes"
        type="number"
        inputMode="numeric"
        min={L.retryTimes.min}
        max={L.retryTimes.max}
        step={1}
        label={t("retryTimes")}
        hint={t("retryTimesHint")}
        error={errorText(errors.retryTimes?.message)}
        {...register("retryTimes", { setValueAs: toNumber })}
      />
      <TextField
        id="ivrId"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        label={t("ivrId")}
        hint={t("ivrIdHint")}
        error={errorText(errors.ivrId?.message)}
        {...register("ivrId", { setValueAs: toOptionalNumber })}
      />
    </div>
  );
}
