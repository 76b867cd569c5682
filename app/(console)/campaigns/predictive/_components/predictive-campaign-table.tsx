import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { AbortCampaignButton } from "@/components/abort-campaign-button";
import { DataTable } from "@/components/data-table";
import { ProgressBar, progressPercent } from "@/components/progress-bar";
import type { PredictiveCampaignRow } from "@/lib/campaigns/predictive/campaign-row";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import { StatusBadge } from "./status-badge";

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
  skillGroups,
  canWrite,
}: {
  rows: readonly PredictiveCampaignRow[];
  sdkAppId: number;
  page: number;
  skillGroups: readonly SkillGroupOption[];
  canWrite: boolean;
}) {
  const t = useTranslations("PredictiveCampaigns");
  const format = useFormatter();
  const groupNames = new Map(skillGroups.map((group) => [group.id, group.name]));

  const headers = [
    { key: "name", label: t("table.name") },
    { key: "campaignId", label: t("table.campaignId") },
    { key: "status", label: t("table.status") },
    { key: "progress", label: t("table.progress") },
    {
      key: "priority",
      label: t.rich("table.priority", {
        hint: (chunks) => <span className="font-normal text-ink-subtle">{chunks}</span>,
      }),
    },
    { key: "skillGroup", label: t("table.skillGroup") },
    ...(canWrite ? [{ key: "actions", label: t("table.actions") }] : []),
  ];

  return (
    <DataTable
      caption={t("table.caption", { sdkAppId: String(sdkAppId), page: format.number(page) })}
      headers={headers}
      minWidth="min-w-[52rem]"
    >
      {rows.map((row) => {
        const finished = format.number(row.finishedCalleeCount);
        const total = format.number(row.calleeCount);
        const percent = progressPercent(row.finishedCalleeCount, row.calleeCount);
        return (
          <tr key={row.campaignId} data-campaign-id={row.campaignId} className="hover:bg-canvas/60">
            <th scope="row" className="min-w-56 px-4 py-3 text-left align-middle font-medium text-ink">
              <Link
                href={predictiveCampaignHref({ sdkAppId, campaignId: row.campaignId })}
                className="text-accent hover:underline"
              >
                {row.name}
              </Link>
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
            {/* Names can be long (bilingual): they wrap, with the ID under them, so the table keeps its width. */}
            <td className="min-w-40 px-4 py-3 align-middle" data-testid="skill-group">
              <span className="flex flex-col">
                {groupNames.has(row.skillGroupId) ? (
                  <span className="text-ink">{groupNames.get(row.skillGroupId)}</span>
                ) : null}
                <span className="font-mono text-xs text-ink-muted tabular-nums">
                  {t("skillGroupId", { id: String(row.skillGroupId) })}
                </span>
              </span>
            </td>
            {canWrite ? (
              <td className={td}>
                <AbortCampaignButton
                  kind="predictive"
                  size="sm"
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
    </DataTable>
  );
}
