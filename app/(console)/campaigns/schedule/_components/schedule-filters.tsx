import Link from "next/link";
import { useTranslations } from "next-intl";
import { AppSelectField } from "@/components/app-select-field";
import { buttonVariants } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { addDays } from "@/lib/schedule/layout";
import { type ScheduleParams, scheduleHref } from "@/lib/schedule/params";

/** App, day or week, and date on the kit's FilterBar (a GET form), with previous / today / next links. */
export function ScheduleFilters({
  params,
  apps,
  today,
}: {
  params: ScheduleParams;
  apps: readonly number[];
  today: string;
}) {
  const t = useTranslations("Schedule.filters");
  const step = params.view === "week" ? 7 : 1;
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <div className="space-y-3">
      <FilterBar
        label={t("legend")}
        action="/campaigns/schedule"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        clearHref={scheduleHref({ ...params, date: today })}
        active={params.date !== today}
      >
        <AppSelectField
          id="schedule-app"
          label={t("app")}
          optionLabel={(sdkAppId) => t("appOption", { sdkAppId })}
          apps={apps}
          value={params.sdkAppId}
        />
        <Field id="schedule-view" label={t("view")}>
          <Select name="view" defaultValue={params.view}>
            <option value="day">{t("day")}</option>
            <option value="week">{t("week")}</option>
          </Select>
        </Field>
        <Field id="schedule-date" label={t("date")}>
          <Input name="date" type="date" defaultValue={params.date} required />
        </Field>
      </FilterBar>
      <nav aria-label={t("legend")} className="flex flex-wrap gap-2">
        <Link className={link} href={scheduleHref({ ...params, date: addDays(params.date, -step) })}>
          {t(params.view === "week" ? "previousWeek" : "previousDay")}
        </Link>
        <Link className={link} href={scheduleHref({ ...params, date: today })}>
          {t("today")}
        </Link>
        <Link className={link} href={scheduleHref({ ...params, date: addDays(params.date, step) })}>
          {t(params.view === "week" ? "nextWeek" : "nextDay")}
        </Link>
      </nav>
    </div>
  );
}
