import { useFormatter, useTranslations } from "next-intl";
import { formatUtc } from "@/lib/time/zoned";

/**
 * A campaign time in the zone it was planned in (named), the viewer's own zone under it when that differs, and the
 * UTC value, so a campaign planned for 09:00 in New York reads as 09:00 there wherever it is opened. Without a
 * planned zone (made elsewhere, or before the console kept zones) the viewer's zone is shown alone.
 */
export function PlannedTime({
  unixSeconds,
  plannedTimeZone,
  viewerTimeZone,
}: {
  unixSeconds: number;
  plannedTimeZone: string | null;
  viewerTimeZone: string;
}) {
  const format = useFormatter();
  const t = useTranslations("CampaignPlan");
  const date = new Date(unixSeconds * 1000);
  const zone = plannedTimeZone ?? viewerTimeZone;
  const inZone = (timeZone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <span className="flex flex-col">
      <time dateTime={date.toISOString()} className="text-ink" data-zone={zone}>
        {inZone(zone)} <span className="text-ink-muted">({zone})</span>
      </time>
      {zone !== viewerTimeZone ? (
        <span className="text-xs text-ink-muted" data-testid="viewer-zone-time">
          {t("inYourZone", { time: inZone(viewerTimeZone), zone: viewerTimeZone })}
        </span>
      ) : null}
      <span className="text-xs text-ink-subtle tabular-nums">{formatUtc(unixSeconds)}</span>
    </span>
  );
}

/** The line under a campaign's times saying which zone they are shown in, and why. */
export function PlannedZoneNote({
  plannedTimeZone,
  viewerTimeZone,
}: {
  plannedTimeZone: string | null;
  viewerTimeZone: string;
}) {
  const t = useTranslations("CampaignPlan");
  return (
    <span data-testid="planned-zone-note">
      {plannedTimeZone ? t("plannedIn", { zone: plannedTimeZone }) : t("notRecorded", { zone: viewerTimeZone })}
    </span>
  );
}
