"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { AGENT_STATES, type TMonitorBody } from "@/lib/queries/monitor";
import { panel } from "./panel-style";
import { Figure } from "./progress-panel";

type Agents = NonNullable<TMonitorBody["live"]>["agents"];

/** The skill group's agents now (DescribeStaffStatusMetrics): how many in each state, then each agent's state. */
export function AgentsPanel({ agents, group }: { agents: Agents; group: string }) {
  const t = useTranslations("Monitor");
  const format = useFormatter();
  const count = (state: (typeof AGENT_STATES)[number]) => agents.filter((a) => a.state === state).length;
  // "Other" only when CCC reported a state the console does not know.
  const states = AGENT_STATES.filter((state) => state !== "other" || count(state) > 0);
  return (
    <section className={panel} aria-labelledby="monitor-agents">
      <h2 id="monitor-agents" className="text-sm font-semibold text-ink">
        {t("agentsTitle", { group })}
      </h2>
      <h3 className="sr-only">{t("agentsCounts")}</h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="agent-counts">
        {states.map((state) => (
          <Figure key={state} label={t(`states.${state}`)} testId={`agents-${state}`}>
            {format.number(count(state))}
          </Figure>
        ))}
      </dl>
      {agents.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("agentsNone")}</p>
      ) : (
        <DataTable
          caption={t("agentsCaption")}
          minWidth="min-w-[24rem]"
          headers={[
            { key: "agent", label: t("columns.agent") },
            { key: "state", label: t("columns.state") },
          ]}
        >
          {agents.map((agent) => (
            <tr key={agent.email} data-testid="agent-row" data-state={agent.state}>
              <td className="px-4 py-2 text-ink">{agent.email}</td>
              <td className="px-4 py-2 text-ink-muted">{t(`states.${agent.state}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
