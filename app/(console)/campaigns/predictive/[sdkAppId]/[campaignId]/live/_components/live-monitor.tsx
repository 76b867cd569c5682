"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Freshness } from "@/components/freshness";
import { Notice } from "@/components/notice";
import { monitorQueries, type TMonitorBody } from "@/lib/queries/monitor";
import { POLL_MS } from "@/lib/queries/polling";
import { ZonedTime } from "../../_components/zoned-time";
import { AgentsPanel } from "./agents-panel";
import { ProgressPanel } from "./progress-panel";
import { QueueFigures } from "./queue-figures";

/**
 * The live monitor below the tabs, from the query the page seeded: progress always; while the campaign runs, its
 * skill group's agents and queue; otherwise why nothing is live. Polls by status (POLL_MS.predictiveMonitor) and
 * only while the tab is visible. Screen readers hear the campaign's state when it changes, never the ticking figures.
 */
export function LiveMonitor({
  sdkAppId,
  campaignId,
  timeZone,
}: {
  sdkAppId: number;
  campaignId: number;
  timeZone: string;
}) {
  const t = useTranslations("Monitor");
  const query = useQuery(monitorQueries.campaign(sdkAppId, campaignId));
  if (!query.data) return null;
  const data = query.data;
  return (
    <div className="space-y-6" data-testid="live-monitor" data-status={data.status}>
      <Freshness
        updatedAt={query.dataUpdatedAt}
        intervalMs={POLL_MS.predictiveMonitor[data.status]}
        failure={query.isError ? query.error : null}
        stoppedText={t("stopped")}
      />
      {/* The only live region: its text changes when the state does, so the figures below are never announced. */}
      <p role="status" className="sr-only" data-testid="monitor-announce">
        {t(`announce.${data.status}`)}
      </p>
      <ProgressPanel data={data} />
      {data.live ? (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <AgentsPanel
            agents={data.live.agents}
            group={groupName(data, t("unknownGroup", { id: data.skillGroup.id }))}
          />
          <QueueFigures queue={data.live.queue} />
        </div>
      ) : (
        <NotRunning data={data} timeZone={timeZone} />
      )}
    </div>
  );
}

const groupName = (data: TMonitorBody, fallback: string) => data.skillGroup.name ?? fallback;

function NotRunning({ data, timeZone }: { data: TMonitorBody; timeZone: string }) {
  const t = useTranslations("Monitor");
  const reason = data.status === "running" ? "paused" : data.status;
  return (
    <div data-testid="not-running">
      <Notice title={t("notRunning.title")}>
        <p>{t(`notRunning.${reason}`)}</p>
        {data.status === "pending" ? (
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
            <dt>{t("notRunning.startsAt")}</dt>
            <dd data-testid="starts-at">
              <ZonedTime unixSeconds={data.startTime} timeZone={timeZone} />
            </dd>
          </dl>
        ) : null}
      </Notice>
    </div>
  );
}
