"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { OutcomeCounts } from "@/lib/results/aggregate";
import { OUTCOMES } from "@/lib/results/end-status";
import { OUTCOME_BG } from "./outcome-style";

/** Each outcome's count and share of the calls read so far. */
export function OutcomeCountsList({ counts }: { counts: OutcomeCounts }) {
  const t = useTranslations("Results");
  const format = useFormatter();
  const total = OUTCOMES.reduce((n, o) => n + counts[o], 0);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" data-testid="outcome-counts">
      {OUTCOMES.map((outcome) => (
        <div key={outcome} className="rounded-md border border-line px-3 py-2" data-outcome={outcome}>
          <dt className="flex items-center gap-1.5 text-xs text-ink-muted">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${OUTCOME_BG[outcome]}`} />
            {t(`outcomes.${outcome}`)}
          </dt>
          <dd className="mt-1 text-lg font-semibold text-ink tabular-nums">
            {format.number(counts[outcome])}
            <span className="ml-1 text-xs font-normal text-ink-muted">
              {total > 0 ? format.number(counts[outcome] / total, { style: "percent", maximumFractionDigits: 1 }) : ""}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
