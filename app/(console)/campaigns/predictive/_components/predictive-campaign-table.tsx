import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { ProgressBar, progressPercent } from "@/components/progress-bar";
import type { PredictiveCampaignRow } from "@/lib/campaigns/predictive-campaign-row";
import { AbortCampaignButton } from "./abort-campaign-button";
import { StatusBadge } from "./status-badge";

const th = "px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-ink-muted";
// Only the name may wrap; every other cell stays on one line so columns keep their shape on narrow screens.
const td = "px-4 py-3 align-middle whitespace-nowrap";
// CCC aborts pending, running and paused campaigns; aborted and finished ones refuse.
const abortable = new Set(["pending", "running", "paused"]);

/**
 * One page of predictive campaigns. Figures use tabular digits so they line up from row to row. `canWrite` adds the
 * actions column; hiding it is a courtesy, the actions check the role themselves.
 */
export function PredictiveCampaignTable({
  rows,
  sdkAppId,
  page,
  canWrite,
}: {
  rows: readonly PredictiveCampaignRow[];
  sdkAppId: number;
  page: number;
  canWrite: boolean;
}) {
  const t = useTranslations("PredictiveCampaigns");
  const format = useFormatter();
  const captionId = useId();

  return (
    // A focusable, labelled region so keyboard users can scroll the table sideways on narrow screens (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[52rem] border-collapse text-sm">
        <caption id={captionId} className="sr-only">
          {t("table.caption", { sdkAppId: String(sdkAppId), page: format.number(page) })}
        </caption>
        <thead className="border-b border-line bg-canvas/60">
          <tr>
            <th scope="col" className={th}>
              {t("table.name")}
            </th>
            <th scope="col" className={th}>
              {t("table.campaignId")}
            </th>
            <th scope="col" className={th}>
              {t("table.status")}
            </th>
            <th scope="col" className={th}>
              {t("table.progress")}
            </th>
            <th scope="col" className={th}>
              {t.rich("table.priority", {
                hint: (chunks) => <span className="font-normal text-ink-subtle">{chunks}</span>,
              })}
            </th>
            <th scope="col" className={th}>
              {t("table.skillGroup")}
            </th>
            {canWrite ? (
              <th scope="col" className={th}>
                {t("table.actions")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => {
            const finished = format.number(row.finishedCalleeCount);
            const total = format.number(row.calleeCount);
            const percent = progressPercent(row.finishedCalleeCount, row.calleeCount);
            return (
              <tr key={row.campaignId} data-campaign-id={row.campaignId} className="hover:bg-canvas/60">
                <th scope="row" className="min-w-56 px-4 py-3 text-left align-middle font-medium text-ink">
                  {row.name}
                </th>
                <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{row.campaignId}</td>
                <td className={td}>
                  <StatusBadge status={row.status} endReason={row.endReason} />
                </td>
                <td className={td}>
                  <div className="flex items-center gap-3">
                    <div className="w-24 shrink-0">
                      <ProgressBar
                        value={row.finishedCalleeCount}
                        max={row.calleeCount}
                        label={t("progress.label", { name: row.name })}
                        valueText={t("progress.valueText", { finished, total, percent: String(percent) })}
                      />
                    </div>
                    <span className="shrink-0 text-xs text-ink-muted tabular-nums">
                      {t("progress.value", { finished, total })}
                    </span>
                  </div>
                </td>
                <td className={`${td} text-ink tabular-nums`}>{t("priority", { priority: String(row.priority) })}</td>
                <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{row.skillGroupId}</td>
                {canWrite ? (
                  <td className={td}>
                    <AbortCampaignButton
                      sdkAppId={sdkAppId}
                      campaignId={row.campaignId}
                      name={row.name}
                      abortable={abortable.has(row.status)}
                    />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
