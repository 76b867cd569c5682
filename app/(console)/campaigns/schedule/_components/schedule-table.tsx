import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import type { ScheduleBar, ScheduleLayout } from "@/lib/schedule/layout";
import { OVERLAP_COLOR, STATUS_STYLE } from "./schedule-style";
import { useBarText } from "./use-bar-text";

const td = "px-4 py-2.5 align-top whitespace-nowrap";
const COLUMNS = ["campaign", "kind", "resource", "status", "start", "end", "progress", "editable", "overlaps"] as const;

/** The chart as a table: the same campaigns and facts, readable by screen readers and reachable by keyboard. */
export function ScheduleTable({
  layout,
  timeZone,
  nowSeconds,
  periodLabel,
}: {
  layout: ScheduleLayout;
  timeZone: string;
  nowSeconds: number;
  periodLabel: string;
}) {
  const t = useTranslations("Schedule");
  const format = useFormatter();
  const text = useBarText(timeZone);
  const bars = layout.groups.flatMap((group) => group.bars);
  const nameOf = new Map(bars.map((bar) => [bar.key, bar.campaign.name]));
  const headers = COLUMNS.map((key) => ({ key, label: t(`table.${key}`) }));
  const editable = (bar: ScheduleBar) =>
    bar.editableUntil === null
      ? t("table.notEditable")
      : t("table.editableUntil", {
          time: text.time(bar.editableUntil),
          relative: format.relativeTime(new Date(bar.editableUntil * 1000), new Date(nowSeconds * 1000)),
        });
  return (
    <DataTable caption={t("table.caption", { period: periodLabel })} headers={headers} minWidth="min-w-[70rem]">
      {bars.map((bar) => {
        const { campaign } = bar;
        const overlap = bar.overlaps.length > 0;
        return (
          <tr key={bar.key} data-key={bar.key} data-testid="schedule-row">
            <th scope="row" className={`${td} text-left font-medium`}>
              <a href={text.href(bar)} className="text-accent hover:underline">
                {campaign.name}
              </a>
            </th>
            <td className={td}>{t(`kind.${campaign.kind}`)}</td>
            <td className={td}>{text.resource(campaign.resource)}</td>
            <td className={td} data-testid="schedule-status">
              <span
                aria-hidden="true"
                className="mr-1.5 inline-block size-2.5 rounded-full border align-middle"
                style={{
                  background: STATUS_STYLE[campaign.status].progress,
                  borderColor: STATUS_STYLE[campaign.status].stroke,
                }}
              />
              {t(`status.${campaign.status}`)}
            </td>
            <td className={`${td} tabular-nums`} data-testid="schedule-start">
              {text.time(campaign.startTime)}
            </td>
            <td className={`${td} tabular-nums`} data-testid="schedule-end">
              {text.time(campaign.endTime)}
            </td>
            <td className={`${td} tabular-nums`}>
              {campaign.progress
                ? t("table.progressValue", { done: campaign.progress.done, total: campaign.progress.total })
                : t("table.none")}
            </td>
            <td className={td} data-testid="schedule-editable-cell">
              {editable(bar)}
            </td>
            <td className={`${td} whitespace-normal`} data-testid="schedule-overlaps">
              {overlap ? (
                <span style={{ color: OVERLAP_COLOR }} className="font-medium">
                  ⚠ {bar.overlaps.map((key) => nameOf.get(key) ?? key).join(", ")}
                </span>
              ) : (
                t("table.none")
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
