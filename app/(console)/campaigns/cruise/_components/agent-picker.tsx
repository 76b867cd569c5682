"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { hintClass } from "@/components/ui/field-styles";
import { type CruiseAgentOption, matchesAgent } from "@/lib/campaigns/cruise/staff";
import { cruiseQueries } from "@/lib/queries/cruise";

/** At most this many options are rendered; typing narrows the rest. */
const MAX_OPTIONS = 50;

/**
 * A searchable agent picker on the kit's Combobox. The text box holds the value, so an agent missing from CCC's
 * list can still be typed as an e-mail; the list fills it in.
 */
export function AgentPicker({
  id,
  sdkAppId,
  value,
  onChange,
  onBlur,
  error,
}: {
  id: string;
  sdkAppId: number | undefined;
  value: string;
  onChange: (mail: string) => void;
  onBlur: () => void;
  error?: string;
}) {
  const t = useTranslations("CruiseForm.fields");
  const agents = useQuery({ ...cruiseQueries.staff(sdkAppId), select: (body) => body.agents });

  const matches = useMemo(
    () => (agents.data ?? []).filter((agent) => matchesAgent(agent, value)),
    [agents.data, value],
  );
  const exact = agents.data?.find((agent) => agent.mail.toLowerCase() === value.trim().toLowerCase());
  // Once an agent is picked, show the whole list again on reopening rather than just that one.
  const shown = (exact ? (agents.data ?? []) : matches).slice(0, MAX_OPTIONS);
  const skillGroups = (agent: CruiseAgentOption) =>
    agent.skillGroups.length > 0 ? t("skillGroups", { groups: agent.skillGroups.join(", ") }) : t("noSkillGroups");

  const status =
    sdkAppId === undefined
      ? t("agentNoApp")
      : agents.isPending
        ? t("agentLoading")
        : agents.isError
          ? t("agentFailed", { code: agents.error?.code ?? "network" })
          : matches.length === 0 && !exact
            ? t("agentNoMatch")
            : t("agentCount", { count: matches.length });

  return (
    <Field id={id} label={t("agent")} hint={t("agentHint")} error={error}>
      <Combobox
        inputValue={value}
        onInputChange={onChange}
        groups={[{ key: "agents", items: shown }]}
        itemKey={(agent) => agent.mail}
        onSelect={(agent) => onChange(agent.mail)}
        onBlur={onBlur}
        aria-describedby={`${id}-status`}
        renderItem={(agent) => (
          <>
            <span className="block font-medium text-ink">
              {agent.name} <span className="font-normal text-ink-muted">· {agent.mail}</span>
            </span>
            <span className="block text-xs text-ink-muted">{skillGroups(agent)}</span>
          </>
        )}
      />
      <p id={`${id}-status`} className={hintClass} data-testid="agent-status">
        {exact ? `${t("agentSelected", { name: `${exact.name} · ${exact.mail}` })} — ${skillGroups(exact)}` : status}
      </p>
    </Field>
  );
}
