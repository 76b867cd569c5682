"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TMonitorBody } from "@/lib/queries/monitor";
import { panel } from "./panel-style";
import { Figure } from "./progress-panel";

type Queue = NonNullable<TMonitorBody["live"]>["queue"];

/** The skill group's queue now (DescribeCallInMetrics): calls waiting, ringing at an agent, the longest wait. */
export function QueueFigures({ queue }: { queue: Queue }) {
  const t = useTranslations("Monitor");
  const format = useFormatter();
  return (
    <section className={panel} aria-labelledby="monitor-queue">
      <h2 id="monitor-queue" className="text-sm font-semibold text-ink">
        {t("queueTitle")}
      </h2>
      <dl className="grid grid-cols-1 gap-3" data-testid="monitor-queue">
        <Figure label={t("queue.waiting")} testId="queue-waiting">
          {format.number(queue.waiting)}
        </Figure>
        <Figure label={t("queue.ringing")} testId="queue-ringing">
          {format.number(queue.ringing)}
        </Figure>
        <Figure label={t("queue.longestWait")} testId="queue-longest-wait">
          {t("seconds", { seconds: queue.longestWaitSeconds })}
        </Figure>
      </dl>
    </section>
  );
}
