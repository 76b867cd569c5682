import { useFormatter, useTranslations } from "next-intl";
import type { ScheduleBar, ScheduleLayout } from "@/lib/schedule/layout";
import { OVERLAP_COLOR, STATUS_STYLE } from "./schedule-style";
import { useBarText } from "./use-bar-text";

// SVG user units: the chart scales to its container's width (viewBox), text stays legible down to ~700 px.
const LABEL_W = 230;
const CHART_W = 770;
const WIDTH = LABEL_W + CHART_W;
const AXIS_H = 26;
const GROUP_H = 24;
const ROW_H = 28;
const BAR_H = 16;

const x = (fraction: number) => LABEL_W + fraction * CHART_W;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Bar({
  bar,
  y,
  nowFraction,
  timeZone,
}: {
  bar: ScheduleBar;
  y: number;
  nowFraction: number | null;
  timeZone: string;
}) {
  const text = useBarText(timeZone);
  const style = STATUS_STYLE[bar.campaign.status];
  const width = Math.max(3, (bar.to - bar.from) * CHART_W);
  const overlap = bar.overlaps.length > 0;
  const top = y + (ROW_H - BAR_H) / 2;
  return (
    <g data-testid="schedule-bar" data-key={bar.key} data-status={bar.campaign.status} data-overlap={overlap}>
      {/* How long a pending campaign stays editable: from now to its start, as a dotted lead-in. */}
      {bar.editableUntil !== null && nowFraction !== null && bar.from > nowFraction ? (
        <line
          x1={x(nowFraction)}
          x2={x(bar.from)}
          y1={y + ROW_H / 2}
          y2={y + ROW_H / 2}
          stroke={style.stroke}
          strokeWidth={1.5}
          strokeDasharray="1 3"
          data-testid="schedule-editable"
        />
      ) : null}
      <a href={text.href(bar)} aria-label={text.label(bar)}>
        <title>{text.label(bar)}</title>
        <rect
          x={x(bar.from)}
          y={top}
          width={width}
          height={BAR_H}
          rx={3}
          fill={style.fill}
          stroke={overlap ? OVERLAP_COLOR : style.stroke}
          strokeWidth={overlap ? 2.5 : 1}
          strokeDasharray={overlap ? undefined : style.dash}
        />
        {bar.progress !== null && bar.progress > 0 ? (
          <rect x={x(bar.from)} y={top} width={width * bar.progress} height={BAR_H} rx={3} fill={style.progress} />
        ) : null}
      </a>
      <text x={8} y={y + ROW_H / 2 + 4} fontSize={12} fill="var(--color-ink)">
        {overlap ? <tspan fill={OVERLAP_COLOR}>⚠ </tspan> : null}
        {shorten(bar.campaign.name, overlap ? 28 : 31)}
      </text>
    </g>
  );
}

/** The timeline: one row per campaign, grouped by skill group or agent, ticks, and the "now" line. */
export function ScheduleChart({
  layout,
  ticks,
  timeZone,
  periodLabel,
}: {
  layout: ScheduleLayout;
  ticks: readonly number[];
  timeZone: string;
  periodLabel: string;
}) {
  const t = useTranslations("Schedule");
  const format = useFormatter();
  const text = useBarText(timeZone);
  const { window } = layout;
  const rows: { kind: "group" | "bar"; y: number; index: number }[] = [];
  let y = AXIS_H;
  layout.groups.forEach((group, index) => {
    rows.push({ kind: "group", y, index });
    y += GROUP_H + group.bars.length * ROW_H;
  });
  const height = y + 6;
  const tickLabel = (unix: number) =>
    format.dateTime(
      new Date(unix * 1000),
      window.view === "week"
        ? { timeZone, weekday: "short", month: "numeric", day: "numeric" }
        : { timeZone, hour: "2-digit", minute: "2-digit" },
    );
  const span = window.end - window.start;
  return (
    <section aria-label={t("chart.label", { period: periodLabel })} data-testid="schedule-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="block h-auto w-full min-w-[44rem]">
        <title>{t("chart.label", { period: periodLabel })}</title>
        {ticks.map((tick) => {
          const tx = x((tick - window.start) / span);
          return (
            <g key={tick}>
              <line x1={tx} x2={tx} y1={AXIS_H - 6} y2={height} stroke="var(--color-line)" />
              <text x={tx + 3} y={AXIS_H - 10} fontSize={11} fill="var(--color-ink-muted)">
                {tickLabel(tick)}
              </text>
            </g>
          );
        })}
        {layout.groups.map((group, index) => {
          const top = rows[index]?.y ?? 0;
          return (
            <g key={`${group.resource.type}:${group.resource.id}`}>
              <rect x={0} y={top} width={WIDTH} height={GROUP_H} fill="var(--color-canvas)" />
              <text x={8} y={top + 16} fontSize={12} fontWeight={600} fill="var(--color-ink)">
                {shorten(text.resource(group.resource), 60)}
              </text>
              {group.bars.map((bar, row) => (
                <Bar
                  key={bar.key}
                  bar={bar}
                  y={top + GROUP_H + row * ROW_H}
                  nowFraction={layout.now}
                  timeZone={timeZone}
                />
              ))}
            </g>
          );
        })}
        {layout.now !== null ? (
          <g data-testid="schedule-now">
            <line
              x1={x(layout.now)}
              x2={x(layout.now)}
              y1={AXIS_H - 4}
              y2={height}
              stroke="#b42318"
              strokeWidth={1.5}
            />
            <text x={x(layout.now) + 3} y={AXIS_H + 8} fontSize={10} fontWeight={600} fill="#b42318">
              {t("chart.now")}
            </text>
          </g>
        ) : null}
      </svg>
    </section>
  );
}
