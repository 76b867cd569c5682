import { useTranslations } from "next-intl";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { AUDIT_FILTER_KEYS, type TAuditListParams } from "@/lib/audit/audit-list-params";

/** The audit trail's filters on the kit's FilterBar: applied on submit, held in the URL, working without JavaScript. */
export function AuditFilters({
  params,
  users,
  apps,
  timeZone,
}: {
  params: TAuditListParams;
  users: readonly { id: string; label: string }[];
  /** The apps the viewer may filter by. */
  apps: readonly number[];
  timeZone: string;
}) {
  const t = useTranslations("Audit");
  const tTrail = useTranslations("AuditTrail");
  const active = AUDIT_FILTER_KEYS.some((key) => params[key] !== undefined);
  return (
    <FilterBar
      label={t("filters.legend")}
      action="/audit"
      applyLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
      clearHref="/audit"
      active={active}
      aside={<span data-testid="audit-zone">{t("zoneNote", { timeZone })}</span>}
    >
      <Field id="audit-user" label={t("filters.user")}>
        <Select name="user" defaultValue={params.user ?? ""}>
          <option value="">{t("filters.anyUser")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-app" label={tTrail("filters.app")}>
        <Select name="app" defaultValue={params.app === undefined ? "" : String(params.app)}>
          <option value="">{tTrail("filters.anyApp")}</option>
          {apps.map((sdkAppId) => (
            <option key={sdkAppId} value={sdkAppId}>
              {tTrail("filters.appOption", { sdkAppId })}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-campaign" label={t("filters.campaign")}>
        <Input name="campaign" inputMode="numeric" pattern="[0-9]*" defaultValue={params.campaign ?? ""} />
      </Field>
      <Field id="audit-action" label={t("filters.action")}>
        <Input name="action" placeholder={t("filters.actionPlaceholder")} defaultValue={params.action ?? ""} />
      </Field>
      <Field id="audit-from" label={t("filters.from")}>
        <Input name="from" type="date" defaultValue={params.from ?? ""} />
      </Field>
      <Field id="audit-to" label={t("filters.to")}>
        <Input name="to" type="date" defaultValue={params.to ?? ""} />
      </Field>
    </FilterBar>
  );
}
