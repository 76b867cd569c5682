"use client";

import { useTranslations } from "next-intl";
import { Field, FieldSet, Select } from "@/components/ui/field";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import { ROLES } from "@/lib/auth/roles";

/** The element id of a user form's field: the apps group is "apps", every other field its own name. */
export const userFieldId = (idPrefix: string) => (field: string) =>
  `${idPrefix}-${field === "sdkAppIds" ? "apps" : field}`;

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
  errors: { role?: string; sdkAppIds?: string; timeZone?: string };
  roleDisabled?: boolean;
}) {
  const t = useTranslations("Users");
  const id = userFieldId(idPrefix);
  return (
    <>
      <Field id={id("role")} label={t("fields.role")} error={errors.role}>
        <Select value={role} disabled={roleDisabled} onChange={(event) => onRole(event.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <FieldSet id={id("sdkAppIds")} legend={t("fields.apps")} hint={t("fields.appsHint")} error={errors.sdkAppIds}>
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
      </FieldSet>
      <TimeZonePicker
        id={id("timeZone")}
        label={t("fields.timeZone")}
        hint={null}
        value={timeZone}
        onChange={onTimeZone}
        error={errors.timeZone}
      />
    </>
  );
}
