import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PlannedTime, PlannedZoneNote } from "@/components/campaign/planned-time";
import type { CruiseCampaignView } from "@/lib/campaigns/cruise/campaign-view";
import type { ConsoleCampaign } from "@/lib/db";

/**
 * The campaign's settings (fixed for its lifetime: CCC has no update), times in the zone it was planned in with the
 * viewer's beside (or in the viewer's zone when the planned one is not known).
 */
export function CampaignDetails({
  view,
  record,
  timeZone,
  plannedTimeZone,
}: {
  view: CruiseCampaignView;
  record: ConsoleCampaign | null;
  timeZone: string;
  plannedTimeZone: string | null;
}) {
  const t = useTranslations("CruiseCampaign.details");
  const tTracked = useTranslations("CruiseTrack");
  const format = useFormatter();
  const when = (unix: number) =>
    format.dateTime(new Date(unix * 1000), { dateStyle: "medium", timeStyle: "short", timeZone });
  const planned = (unix: number) => (
    <PlannedTime unixSeconds={unix} plannedTimeZone={plannedTimeZone} viewerTimeZone={timeZone} />
  );
  const rows: [string, string, ReactNode][] = [
    ["campaignId", t("campaignId"), String(view.campaignId)],
    ["app", t("app"), String(view.sdkAppId)],
    ["agent", t("agent"), view.agent],
    ["concurrency", t("concurrency"), format.number(view.concurrencyNumber)],
    ["start", t("start"), planned(view.startTime)],
    ["end", t("end"), planned(view.endTime)],
    [
      "callOrder",
      t("callOrder"),
      view.callOrder === 1 ? t("inOrder") : view.callOrder === 0 ? t("random") : t("notSet"),
    ],
    ["uui", t("uui"), view.uui || t("notSet")],
  ];
  if (record) {
    // Created here, a row carries CCC's RequestId; one added from "open by ID" has none and says who added it.
    const tracked = record.cccRequestId === null;
    rows.push(["createdBy", tracked ? tTracked("addedBy") : t("createdBy"), record.createdByEmail]);
    const at = when(Math.floor(record.createdAt.getTime() / 1000));
    rows.push(["createdAt", tracked ? tTracked("addedAt") : t("createdAt"), at]);
    if (record.clonedFromCampaignId) rows.push(["clonedFrom", t("clonedFrom"), String(record.clonedFromCampaignId)]);
  }
  return (
    <section
      aria-labelledby="details-heading"
      className="space-y-3 rounded-card border border-line bg-surface px-5 py-5"
    >
      <h2 id="details-heading" className="text-sm font-semibold text-ink">
        {t("heading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([key, label, value]) => (
          <div key={key} className="contents">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="break-all text-ink" data-testid={`detail-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-x-3 text-xs text-ink-muted">
        {record ? null : <span>{t("notFromConsole")}</span>}
        <PlannedZoneNote plannedTimeZone={plannedTimeZone} viewerTimeZone={timeZone} />
      </p>
    </section>
  );
}
