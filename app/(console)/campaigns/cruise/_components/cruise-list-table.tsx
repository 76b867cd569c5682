import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { isNotAnsweredYet } from "@/lib/campaigns/ccc-failure";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import type { TCruiseListRow } from "@/lib/queries/schemas";
import { CruiseProgress } from "./cruise-progress";
import { CruiseStateBadge } from "./state-badge";

const td = "px-4 py-3 align-middle whitespace-nowrap";

/** Console-created cruise campaigns with their live state from CCC; a row CCC could not describe says so. */
export function CruiseListTable({
  rows,
  page,
  timeZone,
}: {
  rows: readonly TCruiseListRow[];
  page: number;
  timeZone: string;
}) {
  const t = useTranslations("CruiseList.table");
  const format = useFormatter();
  const headers = [
    { key: "name", label: t("name") },
    { key: "campaignId", label: t("campaignId") },
    { key: "app", label: t("app") },
    { key: "agent", label: t("agent") },
    { key: "state", label: t("state") },
    { key: "progress", label: t("progress") },
    { key: "start", label: t("start") },
  ];
  return (
    <DataTable caption={t("caption", { page: format.number(page) })} headers={headers} minWidth="min-w-[60rem]">
      {rows.map(({ record, describe }) => (
        <tr
          key={`${record.sdkAppId}-${record.campaignId}`}
          data-campaign-id={record.campaignId}
          className="hover:bg-canvas/60"
        >
          <th scope="row" className="min-w-56 px-4 py-3 text-left align-middle font-medium">
            <Link href={cruiseCampaignHref(record.sdkAppId, record.campaignId)} className="text-accent hover:underline">
              {describe.ok ? describe.view.name : record.name}
            </Link>
          </th>
          <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{record.campaignId}</td>
          <td className={`${td} font-mono text-xs text-ink-muted tabular-nums`}>{record.sdkAppId}</td>
          <td className={`${td} text-ink`}>{record.agent}</td>
          {describe.ok ? (
            <>
              <td className={td}>
                <CruiseStateBadge state={describe.view.state} />
              </td>
              <td className={td}>
                <CruiseProgress name={describe.view.name} called={describe.view.called} total={describe.view.total} />
              </td>
              <td className={`${td} text-ink tabular-nums`}>
                {format.dateTime(new Date(describe.view.startTime * 1000), {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone,
                })}
              </td>
            </>
          ) : isNotAnsweredYet(describe.failure) ? (
            <td colSpan={3} className={`${td} text-xs text-ink-muted`} data-testid="row-checking">
              {t("checking")}
            </td>
          ) : (
            <td colSpan={3} className={`${td} text-xs text-danger`} data-testid="row-unavailable">
              {t("unavailable", { code: describe.failure.code })}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
