import { useTranslations } from "next-intl";
import { inputClass, labelClass } from "@/components/form/text-field";
import { Button, buttonVariants } from "@/components/ui/button";
import { CRUISE_STATES } from "@/lib/campaigns/cruise/campaign-view";
import type { CruiseListParams } from "@/lib/campaigns/cruise/list-params";

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function CruiseListFilters({
  params,
  appIds,
  agents,
}: {
  params: CruiseListParams;
  appIds: readonly number[];
  agents: readonly string[];
}) {
  const t = useTranslations("CruiseList.filters");
  const tState = useTranslations("CruiseCampaign.state");
  return (
    <form method="get" action="/campaigns/cruise" className="rounded-card border border-line bg-surface px-5 py-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="min-w-40">
          <label htmlFor="filter-app" className={labelClass}>
            {t("app")}
          </label>
          <select id="filter-app" name="app" defaultValue={params.sdkAppId ?? ""} className={inputClass}>
            <option value="">{t("allApps")}</option>
            {appIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-56">
          <label htmlFor="filter-agent" className={labelClass}>
            {t("agent")}
          </label>
          <select id="filter-agent" name="agent" defaultValue={params.agent ?? ""} className={inputClass}>
            <option value="">{t("allAgents")}</option>
            {agents.map((agent) => (
              <option key={agent} value={agent}>
                {agent}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-40">
          <label htmlFor="filter-state" className={labelClass}>
            {t("state")}
          </label>
          <select id="filter-state" name="state" defaultValue={params.state ?? ""} className={inputClass}>
            <option value="">{t("allStates")}</option>
            {CRUISE_STATES.map((state) => (
              <option key={state} value={state}>
                {tState(state)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("apply")}</Button>
          <a href="/campaigns/cruise" className={buttonVariants()}>
            {t("clear")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
