"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ProgressBar } from "@/components/progress-bar";
import type { TMonitorBody } from "@/lib/queries/monitor";
import { StatusBadge } from "../../../../_components/status-badge";
import { panel } from "./panel-style";

/** Callees dialled out of the campaign's total, as a bar and as figures; the final figures once it has ended. */
export function ProgressPanel({ data }: { data: TMonitorBody }) {
  const t = useTranslations("Monitor");
  const format = useFormatter();
  const progress = data.progress;
  return (
    <section className={panel} aria-labelledby="monitor-progress">
      <h2 id="monitor-progress" className="text-sm font-semibold text-ink">
        {t("progressTitle")}
      </h2>
      {progress ? (
        <ProgressBar
          value={progress.finishedCalleeCount}
          max={progress.calleeCount}
          label={t("progressLabel")}
          valueText={t("progress", { finished: progress.finishedCalleeCount, total: progress.calleeCount })}
        />
      ) : (
        <p className="text-sm text-ink-muted">{t("progressUnknown")}</p>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="monitor-progress">
        <Figure label={t("figures.status")} testId="figure-status">
          <StatusBadge status={data.status} endReason={null} />
        </Figure>
        <Figure label={t("figures.finished")} testId="figure-finished">
          {progress ? format.number(progress.finishedCalleeCount) : "—"}
        </Figure>
        <Figure label={t("figures.total")} testId="figure-total">
          {progress ? format.number(progress.calleeCount) : "—"}
        </Figure>
        <Figure label={t("figures.remaining")} testId="figure-remaining">
          {progress ? format.number(Math.max(0, progress.calleeCount - progress.finishedCalleeCount)) : "—"}
        </Figure>
      </dl>
    </section>
  );
}

/** One figure of a panel's description list: a label over a large value. */
export function Figure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-line px-3 py-2">
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-ink tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
