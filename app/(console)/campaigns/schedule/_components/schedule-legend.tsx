import { useTranslations } from "next-intl";
import { SCHEDULE_STATUSES } from "@/lib/schedule/layout";
import { OVERLAP_COLOR, STATUS_STYLE } from "./schedule-style";

/** What the bar colours, the red outline and the dotted lead-in mean. */
export function ScheduleLegend() {
  const t = useTranslations("Schedule");
  return (
    <section
      aria-label={t("chart.legend")}
      className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-ink-muted"
    >
      {SCHEDULE_STATUSES.map((status) => (
        <span key={status} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-6 rounded-sm border"
            style={{
              background: `linear-gradient(90deg, ${STATUS_STYLE[status].progress} 50%, ${STATUS_STYLE[status].fill} 50%)`,
              borderColor: STATUS_STYLE[status].stroke,
              borderStyle: STATUS_STYLE[status].dash ? "dashed" : "solid",
            }}
          />
          {t(`status.${status}`)}
        </span>
      ))}
      <span className="inline-flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block h-3 w-6 rounded-sm border-2"
          style={{ borderColor: OVERLAP_COLOR }}
        />
        {t("chart.overlap")}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block w-6 border-t-2 border-dotted border-accent" />
        {t("chart.editableWindow")}
      </span>
    </section>
  );
}
