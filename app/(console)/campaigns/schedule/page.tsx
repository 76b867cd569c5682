import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseAppIds } from "@/lib/campaigns/cruise/load.server";
import { addDays, layoutSchedule, type ScheduleWindow, scheduleTicks, scheduleWindow } from "@/lib/schedule/layout";
import { loadScheduleSource } from "@/lib/schedule/load-schedule";
import { parseScheduleParams, todayIn } from "@/lib/schedule/params";
import { ScheduleChart } from "./_components/schedule-chart";
import { ScheduleFilters } from "./_components/schedule-filters";
import { ScheduleLegend } from "./_components/schedule-legend";
import { ScheduleTable } from "./_components/schedule-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Schedule");
  return { title: t("title") };
}

/** "Monday, March 2, 2026", or "Mar 2, 2026 – Mar 8, 2026" for a week: calendar days, so formatted in UTC. */
async function periodLabel(window: ScheduleWindow): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("Schedule.period"), getFormatter()]);
  const day = (value: string, dateStyle: "full" | "medium") =>
    format.dateTime(new Date(`${value}T12:00:00Z`), { timeZone: "UTC", dateStyle });
  if (window.view === "day") return t("day", { date: day(window.day, "full") });
  return t("week", { from: day(window.day, "medium"), to: day(addDays(window.day, 6), "medium") });
}

export default async function SchedulePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, t] = await Promise.all([requireSessionUser(), getTranslations("Schedule")]);
  const apps = cruiseAppIds(user);
  const params = apps ? parseScheduleParams(await searchParams, apps, user.timeZone) : null;
  if (!apps || !params) {
    return (
      <Notice title={t("title")} tone="danger">
        <p>{apps ? t("noApps") : t("unconfigured")}</p>
      </Notice>
    );
  }
  const window = scheduleWindow(params.view, params.date, user.timeZone);
  const nowSeconds = Math.floor(Date.now() / 1000);
  const [source, period] = await Promise.all([loadScheduleSource(params.sdkAppId), periodLabel(window)]);
  const layout = layoutSchedule(source.campaigns, window, nowSeconds);
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description", { timeZone: user.timeZone })} />
      <ScheduleFilters params={params} apps={apps} today={todayIn(user.timeZone)} />
      <h2 className="text-base font-semibold text-ink" data-testid="schedule-period">
        {period}
      </h2>
      {source.predictiveFailure ? (
        <Notice title={t("title")} tone="danger">
          <p>{t("predictiveFailed", { code: source.predictiveFailure.code })}</p>
        </Notice>
      ) : null}
      {source.missing > 0 ? <p className="text-xs text-ink-muted">{t("missing", { count: source.missing })}</p> : null}
      {layout.groups.length === 0 ? (
        <p className="rounded-card border border-line bg-surface px-5 py-8 text-center text-sm text-ink-muted">
          {t("empty")}
        </p>
      ) : (
        <>
          {layout.overlapCount > 0 ? (
            <p className="text-sm font-medium text-danger" data-testid="schedule-overlap-summary">
              {t("overlapSummary", { count: layout.overlapCount })}
            </p>
          ) : null}
          <ScheduleLegend />
          <div className="overflow-x-auto rounded-card border border-line bg-surface p-3 shadow-xs">
            <ScheduleChart
              layout={layout}
              ticks={scheduleTicks(window, user.timeZone)}
              timeZone={user.timeZone}
              periodLabel={period}
            />
          </div>
          <div className="overflow-hidden rounded-card border border-line bg-surface shadow-xs">
            <ScheduleTable layout={layout} timeZone={user.timeZone} nowSeconds={nowSeconds} periodLabel={period} />
          </div>
        </>
      )}
    </div>
  );
}
