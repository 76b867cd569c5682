import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PlannedTime, PlannedZoneNote } from "@/components/campaign/planned-time";
import { splitSeconds } from "@/lib/campaigns/predictive/limits";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { TPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import { StatusBadge } from "../../../_components/status-badge";

const endReasons = { 0: null, 1: "byHand", 2: "byTimeout" } as const;

/** Every field DescribePredictiveDialingCampaign returns, labelled, with times in the zone it was planned in. */
export function CampaignFields({
  campaignId,
  snapshot: c,
  skillGroups,
  timeZone,
  plannedTimeZone,
  progress,
}: {
  progress: { calleeCount: number; finishedCalleeCount: number } | null;
  campaignId: number;
  snapshot: TPredictiveSnapshot;
  skillGroups: readonly SkillGroupOption[];
  /** The viewer's zone. */
  timeZone: string;
  plannedTimeZone: string | null;
}) {
  const t = useTranslations("PredictiveDetail");
  const tList = useTranslations("PredictiveCampaigns");
  const format = useFormatter();
  const group = skillGroups.find((g) => g.id === c.skillGroupId);
  const none = <span className="text-ink-subtle">{t("none")}</span>;
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: "name", label: t("fields.name"), value: c.name },
    {
      key: "campaignId",
      label: t("fields.campaignId"),
      value: <span className="font-mono tabular-nums">{campaignId}</span>,
    },
    {
      key: "status",
      label: t("fields.status"),
      value: <StatusBadge status={c.status} endReason={endReasons[c.statusReason]} />,
    },
    {
      key: "skillGroup",
      label: t("fields.skillGroup"),
      value: group
        ? t("skillGroup", { name: group.name, id: String(group.id) })
        : t("unknownSkillGroup", { id: String(c.skillGroupId) }),
    },
    {
      key: "progress",
      label: t("fields.progress"),
      value: progress
        ? t("progress", {
            finished: format.number(progress.finishedCalleeCount),
            total: format.number(progress.calleeCount),
          })
        : none,
    },
    { key: "priority", label: t("fields.priority"), value: tList("priority", { priority: String(c.priority) }) },
    {
      key: "callOrder",
      label: t("fields.callOrder"),
      value: t(`callOrder.${c.callOrder === 1 ? "inOrder" : "random"}`),
    },
    {
      key: "expectedAbandonRate",
      label: t("fields.expectedAbandonRate"),
      value: t("percent", { value: c.expectedAbandonRate }),
    },
    {
      key: "retryTimes",
      label: t("fields.retryTimes"),
      value: c.retryTimes === null ? none : format.number(c.retryTimes),
    },
    { key: "retryInterval", label: t("fields.retryInterval"), value: t("duration", splitSeconds(c.retryInterval)) },
    {
      key: "startTime",
      label: t("fields.startTime"),
      value: <PlannedTime unixSeconds={c.startTime} plannedTimeZone={plannedTimeZone} viewerTimeZone={timeZone} />,
    },
    {
      key: "endTime",
      label: t("fields.endTime"),
      value: <PlannedTime unixSeconds={c.endTime} plannedTimeZone={plannedTimeZone} viewerTimeZone={timeZone} />,
    },
    {
      key: "ivrId",
      label: t("fields.ivrId"),
      value: c.ivrId === null ? none : <span className="font-mono">{c.ivrId}</span>,
    },
    { key: "uui", label: t("fields.uui"), value: c.uui ? <span className="font-mono break-all">{c.uui}</span> : none },
    {
      key: "variables",
      label: t("fields.variables"),
      value:
        c.variables.length === 0 ? (
          none
        ) : (
          <ul className="space-y-0.5 font-mono text-xs">
            {c.variables.map((v) => (
              <li key={v.key} className="break-all">
                {v.key} = {v.value}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(({ key, label, value }) => (
          <div key={key} className="contents" data-field={key}>
            <dt className="font-medium text-ink-muted">{label}</dt>
            <dd className="text-ink" data-testid={`field-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-ink-muted">
        <PlannedZoneNote plannedTimeZone={plannedTimeZone} viewerTimeZone={timeZone} />
      </p>
    </>
  );
}
