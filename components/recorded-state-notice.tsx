import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Shown on a campaign page when a finished or aborted campaign comes from the console's record rather than from
 * CCC: when it was recorded, and a control that reads it from CCC again. The control is a GET form adding
 * `refresh=1` to the page's address: it works before hydration, and unlike a link it is never prefetched.
 */
export function RecordedStateNotice({
  recordedAt,
  timeZone,
  pageHref,
}: {
  recordedAt: Date;
  timeZone: string;
  pageHref: string;
}) {
  const t = useTranslations("RecordedState");
  const format = useFormatter();
  const time = format.dateTime(recordedAt, { dateStyle: "medium", timeStyle: "medium", timeZone });
  return (
    <div
      data-testid="recorded-state"
      className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-line bg-surface px-4 py-3"
    >
      <p className="text-sm text-ink-muted">{t("text", { time })}</p>
      <form method="get" action={pageHref}>
        <input type="hidden" name="refresh" value="1" />
        <Button type="submit" variant="secondary">
          {t("refresh")}
        </Button>
      </form>
    </div>
  );
}
