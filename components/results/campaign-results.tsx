"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useFetchErrorText } from "@/components/freshness";
import { ProgressBar } from "@/components/progress-bar";
import { Button, buttonVariants } from "@/components/ui/button";
import { type ResultsKind, resultsPath } from "@/lib/queries/results";
import { CallsTable } from "./calls-table";
import { OutcomeChart } from "./outcome-chart";
import { OutcomeCountsList } from "./outcome-counts";
import { useCampaignResults } from "./use-campaign-results";

const section = "rounded-card border border-line bg-surface px-5 py-5 shadow-xs space-y-4";

/** The results tab: progress while chunks arrive, outcome counts, outcomes over time, the calls, the export. */
export function CampaignResults({
  kind,
  sdkAppId,
  campaignId,
  timeZone,
  numbersMasked,
}: {
  kind: ResultsKind;
  sdkAppId: number;
  campaignId: number;
  timeZone: string;
  numbersMasked: boolean;
}) {
  const t = useTranslations("Results");
  const format = useFormatter();
  const errorText = useFetchErrorText();
  const results = useCampaignResults(kind, sdkAppId, campaignId);
  const loaded = results.calls.length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1 text-sm text-ink-muted">
          <p>{t("exportHint")}</p>
          {numbersMasked ? <p>{t("maskedHint")}</p> : null}
        </div>
        <a
          href={`${resultsPath(kind, sdkAppId, campaignId)}.csv`}
          download
          className={buttonVariants({ variant: "secondary" })}
          data-testid="export-csv"
        >
          {t("export")}
        </a>
      </div>
      <section className={section} aria-labelledby="results-counts" aria-busy={!results.done}>
        <h2 id="results-counts" className="text-sm font-semibold text-ink">
          {t("countsTitle")}
        </h2>
        {results.loading ? <p className="text-sm text-ink-muted">{t("loading")}</p> : null}
        {results.chunks > 0 || results.loading ? (
          <div className="space-y-1" data-testid="results-progress">
            <ProgressBar
              value={results.done ? 1 : results.loadedChunks}
              max={results.done ? 1 : Math.max(1, results.chunks)}
              label={t("progressLabel")}
              valueText={t("progress", { loaded, total: results.total })}
            />
            <p className="text-xs text-ink-muted" aria-live="polite">
              {results.done ? t("done", { total: loaded }) : t("progress", { loaded, total: results.total })}
            </p>
          </div>
        ) : null}
        {results.done && results.total === 0 ? <p className="text-sm text-ink-muted">{t("none")}</p> : null}
        {results.truncated ? <p className="text-sm text-amber-800">{t("truncated")}</p> : null}
        {results.error ? (
          <div role="alert" className="flex items-center gap-3 text-sm text-red-800">
            {t("failed", { reason: errorText(results.error) })}
            <Button size="sm" onClick={() => results.retry()}>
              {t("retry")}
            </Button>
          </div>
        ) : null}
        {loaded > 0 ? <OutcomeCountsList counts={results.counts} /> : null}
      </section>
      {loaded > 0 ? (
        <section className={section} aria-labelledby="results-chart">
          <h2 id="results-chart" className="text-sm font-semibold text-ink">
            {t("chartTitle")}
          </h2>
          <OutcomeChart buckets={results.series.buckets} step={results.series.step} timeZone={timeZone} />
        </section>
      ) : null}
      {loaded > 0 ? (
        <section className={section} aria-labelledby="results-calls">
          <h2 id="results-calls" className="text-sm font-semibold text-ink">
            {t("tableTitle")} <span className="font-normal text-ink-muted">{format.number(loaded)}</span>
          </h2>
          <CallsTable calls={results.calls} timeZone={timeZone} />
        </section>
      ) : null}
    </div>
  );
}
