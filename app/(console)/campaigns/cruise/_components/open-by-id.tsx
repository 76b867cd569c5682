import { useTranslations } from "next-intl";
import { hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";

/** Follow a campaign this console did not create (the list only knows its own): app + CampaignId → its page. */
export function OpenById({ appIds }: { appIds: readonly number[] }) {
  const t = useTranslations("CruiseList.open");
  return (
    <form method="get" action="/campaigns/cruise/open" className="rounded-card border border-line bg-surface px-5 py-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-ink">{t("heading")}</legend>
        <p id="open-hint" className={hintClass}>
          {t("hint")}
        </p>
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-40">
            <label htmlFor="open-app" className={labelClass}>
              {t("app")}
            </label>
            <select id="open-app" name="app" className={inputClass}>
              {appIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          <div className="w-40">
            <label htmlFor="open-id" className={labelClass}>
              {t("campaignId")}
            </label>
            <input
              id="open-id"
              name="id"
              inputMode="numeric"
              pattern="[0-9]*"
              required
              autoComplete="off"
              aria-describedby="open-hint"
              className={inputClass}
            />
          </div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </fieldset>
    </form>
  );
}
