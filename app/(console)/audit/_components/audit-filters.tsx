import { useTranslations } from "next-intl";
import type { TAuditListParams } from "@/lib/audit/audit-list-params";

const label = "block text-xs font-medium text-ink-muted";
const input =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink focus:outline-2 focus:outline-accent";

/**
 * The filters as a plain GET form: the URL holds the state, so filtered views can be bookmarked and shared, and
 * the form works before JavaScript has loaded.
 */
export function AuditFilters({
  params,
  users,
  timeZone,
}: {
  params: TAuditListParams;
  users: readonly { id: string; label: string }[];
  timeZone: string;
}) {
  const t = useTranslations("Audit");
  return (
    <form method="get" action="/audit" className="rounded-card border border-line bg-surface px-4 py-4 shadow-xs">
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("filters.legend")}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <div>
            <label htmlFor="audit-user" className={label}>
              {t("filters.user")}
            </label>
            <select id="audit-user" name="user" defaultValue={params.user ?? ""} className={input}>
              <option value="">{t("filters.anyUser")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-campaign" className={label}>
              {t("filters.campaign")}
            </label>
            <input
              id="audit-campaign"
              name="campaign"
              inputMode="numeric"
              pattern="[0-9]*"
              defaultValue={params.campaign ?? ""}
              className={input}
            />
          </div>
          <div>
            <label htmlFor="audit-action" className={label}>
              {t("filters.action")}
            </label>
            <input
              id="audit-action"
              name="action"
              placeholder={t("filters.actionPlaceholder")}
              defaultValue={params.action ?? ""}
              className={input}
            />
          </div>
          <div>
            <label htmlFor="audit-from" className={label}>
              {t("filters.from")}
            </label>
            <input id="audit-from" name="from" type="date" defaultValue={params.from ?? ""} className={input} />
          </div>
          <div>
            <label htmlFor="audit-to" className={label}>
              {t("filters.to")}
            </label>
            <input id="audit-to" name="to" type="date" defaultValue={params.to ?? ""} className={input} />
          </div>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90"
        >
          {t("filters.apply")}
        </button>
        <a href="/audit" className="text-sm font-medium text-accent underline-offset-2 hover:underline">
          {t("filters.clear")}
        </a>
        <p className="ml-auto text-xs text-ink-muted" data-testid="audit-zone">
          {t("zoneNote", { timeZone })}
        </p>
      </div>
    </form>
  );
}
