"use client";

import { useTranslations } from "next-intl";
import { FieldError, hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { ROLES } from "@/lib/auth/roles";

/** Role, apps and time zone: the fields the create and the edit form share. Controlled by the parent form. */
export function UserAccessFields({
  idPrefix,
  role,
  onRole,
  sdkAppIds,
  onSdkAppIds,
  timeZone,
  onTimeZone,
  appIds,
  timeZones,
  errors,
  roleDisabled = false,
}: {
  idPrefix: string;
  role: string;
  onRole: (role: string) => void;
  sdkAppIds: readonly number[];
  onSdkAppIds: (ids: number[]) => void;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  appIds: readonly number[];
  timeZones: readonly string[];
  errors: { role?: string; sdkAppIds?: string; timeZone?: string };
  roleDisabled?: boolean;
}) {
  const t = useTranslations("Users");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div>
        <label htmlFor={id("role")} className={labelClass}>
          {t("fields.role")}
        </label>
        <select
          id={id("role")}
          value={role}
          disabled={roleDisabled}
          onChange={(event) => onRole(event.target.value)}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? id("role-error") : undefined}
          className={inputClass}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id={id("role-error")} message={errors.role} />
      </div>
      <fieldset aria-describedby={`${id("apps-hint")}${errors.sdkAppIds ? ` ${id("apps-error")}` : ""}`}>
        <legend className={labelClass}>{t("fields.apps")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {appIds.map((appId) => (
            <label key={appId} className="inline-flex items-center gap-2 text-sm text-ink">
              <input
                type="checkbox"
                checked={sdkAppIds.includes(appId)}
                onChange={(event) =>
                  onSdkAppIds(
                    event.target.checked ? [...sdkAppIds, appId] : sdkAppIds.filter((other) => other !== appId),
                  )
                }
              />
              <span className="font-mono tabular-nums">{appId}</span>
            </label>
          ))}
        </div>
        <p id={id("apps-hint")} className={hintClass}>
          {t("fields.appsHint")}
        </p>
        <FieldError id={id("apps-error")} message={errors.sdkAppIds} />
      </fieldset>
      <div>
        <label htmlFor={id("timeZone")} className={labelClass}>
          {t("fields.timeZone")}
        </label>
        <select
          id={id("timeZone")}
          value={timeZone}
          onChange={(event) => onTimeZone(event.target.value)}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={errors.timeZone ? id("timeZone-error") : undefined}
          className={inputClass}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldError id={id("timeZone-error")} message={errors.timeZone} />
      </div>
    </>
  );
}
