import { useFormatter, useTranslations } from "next-intl";
import { formatUtc } from "@/lib/time/zoned";

/** An instant in the user's zone (named), with the UTC value under it so nobody has to convert. */
export function ZonedTime({ unixSeconds, timeZone }: { unixSeconds: number; timeZone: string }) {
  const format = useFormatter();
  const t = useTranslations("PredictiveDetail");
  const date = new Date(unixSeconds * 1000);
  return (
    <span className="flex flex-col">
      <time dateTime={date.toISOString()} className="text-ink">
        {format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone })}{" "}
        <span className="text-ink-muted">({timeZone})</span>
      </time>
      <span className="text-xs text-ink-subtle tabular-nums">{t("utc", { utc: formatUtc(unixSeconds) })}</span>
    </span>
  );
}
