"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { inputClass, labelClass } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { predictiveStatuses } from "@/lib/campaigns/predictive/campaign-row";
import type { PredictiveListFilters } from "@/lib/campaigns/predictive/list-params";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";

/**
 * Search by name, filter by skill group and status. Selects apply at once; the name applies on Enter or Search, so
 * typing does not fire a CCC call per key. `onChange` gets the complete filter set.
 */
export function CampaignFilters({
  filters,
  skillGroups,
  onChange,
}: {
  filters: PredictiveListFilters;
  skillGroups: readonly SkillGroupOption[];
  onChange: (filters: PredictiveListFilters) => void;
}) {
  const t = useTranslations("PredictiveCampaigns.filters");
  const tStatus = useTranslations("PredictiveCampaigns.status");
  const [name, setName] = useState(filters.name ?? "");
  // Back/forward changes the filters from outside: show them.
  useEffect(() => setName(filters.name ?? ""), [filters.name]);
  // Marks the filters usable once hydrated (before that, a change would do nothing); tests wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const active = Boolean(filters.name || filters.skillGroupId !== undefined || filters.status);

  return (
    <search aria-label={t("label")} data-ready={ready || undefined}>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, name: name.trim() || undefined });
        }}
      >
        <div className="w-64 max-w-full">
          <label htmlFor="filter-name" className={labelClass}>
            {t("name")}
          </label>
          <input
            id="filter-name"
            type="search"
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={inputClass}
          />
        </div>
        <Button type="submit">{t("search")}</Button>
        <div className="w-56 max-w-full">
          <label htmlFor="filter-group" className={labelClass}>
            {t("skillGroup")}
          </label>
          <select
            id="filter-group"
            value={filters.skillGroupId ?? ""}
            onChange={(event) =>
              onChange({ ...filters, skillGroupId: event.target.value ? Number(event.target.value) : undefined })
            }
            className={inputClass}
          >
            <option value="">{t("anySkillGroup")}</option>
            {skillGroups.map((group) => (
              <option key={group.id} value={group.id}>
                {t("skillGroupOption", { name: group.name, id: String(group.id) })}
              </option>
            ))}
          </select>
        </div>
        <div className="w-44 max-w-full">
          <label htmlFor="filter-status" className={labelClass}>
            {t("status")}
          </label>
          <select
            id="filter-status"
            value={filters.status ?? ""}
            onChange={(event) =>
              onChange({
                ...filters,
                status: predictiveStatuses.find((status) => status === event.target.value),
              })
            }
            className={inputClass}
          >
            <option value="">{t("anyStatus")}</option>
            {predictiveStatuses.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        {active ? (
          <Button
            onClick={() => {
              setName("");
              onChange({});
            }}
          >
            {t("clear")}
          </Button>
        ) : null}
      </form>
    </search>
  );
}
