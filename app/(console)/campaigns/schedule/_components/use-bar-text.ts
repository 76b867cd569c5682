import { useFormatter, useTranslations } from "next-intl";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import type { ScheduleBar, ScheduleResource } from "@/lib/schedule/layout";

/** The words of the schedule shared by the chart and its table: names, times in the viewer's zone, links. */
export function useBarText(timeZone?: string) {
  const t = useTranslations("Schedule");
  const format = useFormatter();
  const time = (unix: number) =>
    format.dateTime(new Date(unix * 1000), { timeZone, dateStyle: "medium", timeStyle: "short" });
  return {
    time,
    href: ({ campaign }: ScheduleBar) =>
      campaign.kind === "predictive"
        ? predictiveCampaignHref(campaign)
        : `/campaigns/cruise/${campaign.sdkAppId}/${campaign.campaignId}`,
    resource: (resource: ScheduleResource) => {
      if (resource.type === "agent") return t("resource.agent", { agent: resource.id });
      return resource.name === null
        ? t("resource.skillGroupUnknown", { id: String(resource.id) })
        : t("resource.skillGroup", { name: resource.name });
    },
    label: (bar: ScheduleBar) => {
      const { campaign } = bar;
      const { progress } = campaign;
      return t("chart.bar", {
        name: campaign.name,
        kind: t(`kind.${campaign.kind}`),
        status: t(`status.${campaign.status}`),
        start: time(campaign.startTime),
        end: time(campaign.endTime),
        progress: progress ? t("chart.barProgress", { done: progress.done, total: progress.total }) : "",
        editable: bar.editableUntil === null ? "" : t("chart.barEditable", { time: time(bar.editableUntil) }),
        overlap: bar.overlaps.length > 0 ? t("chart.barOverlap") : "",
      });
    },
  };
}
