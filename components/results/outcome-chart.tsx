"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import type { TimeBucket } from "@/lib/results/aggregate";
import { OUTCOMES } from "@/lib/results/end-status";
import { OUTCOME_FILL } from "./outcome-style";

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 20;

/**
 * Calls per time bucket as stacked bars, one colour per outcome: a small SVG of our own (a chart library would
 * weigh more than this whole tab). Each bar's <title> gives its figures; the description says what is drawn.
 */
export function OutcomeChart({
  buckets,
  step,
  timeZone,
}: {
  buckets: readonly TimeBucket[];
  step: number;
  timeZone: string;
}) {
  const t = useTranslations("Results");
  const format = useFormatter();
  const titleId = useId();
  const descId = useId();
  if (buckets.length === 0) return null;
  const totals = buckets.map((b) => OUTCOMES.reduce((n, o) => n + b.counts[o], 0));
  const top = Math.max(1, ...totals);
  const barWidth = WIDTH / buckets.length;
  const plot = HEIGHT - AXIS;
  const when = (seconds: number) =>
    format.dateTime(new Date(seconds * 1000), { dateStyle: "short", timeStyle: "short", timeZone });
  const from = when(buckets[0]?.start ?? 0);
  const to = when((buckets.at(-1)?.start ?? 0) + step);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className="h-auto w-full"
      data-testid="outcome-chart"
    >
      <title id={titleId}>{t("chartTitle")}</title>
      <desc id={descId}>{t("chartDescription", { minutes: step / 60, from, to })}</desc>
      {buckets.map((bucket, i) => {
        let y = plot;
        return (
          <g key={bucket.start}>
            <title>{`${when(bucket.start)}: ${OUTCOMES.filter((o) => bucket.counts[o] > 0)
              .map((o) => `${t(`outcomes.${o}`)} ${bucket.counts[o]}`)
              .join(", ")}`}</title>
            {OUTCOMES.map((outcome) => {
              const height = (bucket.counts[outcome] / top) * (plot - 4);
              y -= height;
              return height > 0 ? (
                <rect
                  key={outcome}
                  x={i * barWidth + 1}
                  y={y}
                  width={Math.max(1, barWidth - 2)}
                  height={height}
                  className={OUTCOME_FILL[outcome]}
                />
              ) : null;
            })}
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={plot} y2={plot} className="stroke-line-strong" />
      <text x={0} y={HEIGHT - 4} className="fill-ink-muted text-[10px]">
        {from}
      </text>
      <text x={WIDTH} y={HEIGHT - 4} textAnchor="end" className="fill-ink-muted text-[10px]">
        {to}
      </text>
    </svg>
  );
}
