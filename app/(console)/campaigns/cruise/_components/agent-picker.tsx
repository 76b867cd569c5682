"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { FieldError, hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { type CruiseAgentOption, matchesAgent } from "@/lib/campaigns/cruise/staff";
import { cruiseQueries } from "@/lib/queries/cruise";

/** At most this many options are rendered; typing narrows the rest. */
const MAX_OPTIONS = 50;

/**
 * A searchable agent picker (ARIA 1.2 combobox with a list popup). The text box holds the value, so an agent missing
 * from CCC's list can still be typed as an e-mail; the list fills it in. Arrow keys move, Enter picks, Esc closes.
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
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const agents = useQuery({ ...cruiseQueries.staff(sdkAppId), select: (body) => body.agents });

  const matches = useMemo(
    () => (agents.data ?? []).filter((agent) => matchesAgent(agent, value)),
    [agents.data, value],
  );
  const exact = agents.data?.find((agent) => agent.mail.toLowerCase() === value.trim().toLowerCase());
  // Once an agent is picked, show the whole list again on reopening rather than just that one.
  const shown = (exact ? (agents.data ?? []) : matches).slice(0, MAX_OPTIONS);
  const expanded = open && shown.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const pick = (agent: CruiseAgentOption) => {
    onChange(agent.mail);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (shown.length === 0 ? 0 : (index + step + shown.length) % shown.length));
    } else if (event.key === "Enter" && expanded) {
      // Enter picks the highlighted agent instead of submitting the form.
      event.preventDefault();
      const agent = shown[active];
      if (agent) pick(agent);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

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
  const describedBy = [`${id}-hint`, `${id}-status`, error ? `${id}-error` : undefined].filter(Boolean).join(" ");

  return (
    <div className="relative">
      <label htmlFor={id} className={labelClass}>
        {t("agent")}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && shown[active] ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
        className={inputClass}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t("agent")}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-line-strong bg-surface py-1 shadow-lg"
      >
        {shown.map((agent, index) => (
          // Options are reached through the combobox (aria-activedescendant), as the ARIA combobox pattern specifies:
          // the input keeps focus and handles the keys, so the options themselves are neither focusable nor keyed.
          // biome-ignore lint/a11y/useFocusableInteractive: see above.
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
          <div
            key={agent.mail}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            data-agent={agent.mail}
            // Keep focus in the input: a mousedown would blur it and close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(agent)}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-accent/10" : ""}`}
          >
            <span className="block font-medium text-ink">
              {agent.name} <span className="font-normal text-ink-muted">· {agent.mail}</span>
            </span>
            <span className="block text-xs text-ink-muted">
              {agent.skillGroups.length > 0
                ? t("skillGroups", { groups: agent.skillGroups.join(", ") })
                : t("noSkillGroups")}
            </span>
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className={hintClass}>
        {t("agentHint")}
      </p>
      <p id={`${id}-status`} className={hintClass} data-testid="agent-status">
        {exact
          ? `${t("agentSelected", { name: `${exact.name} · ${exact.mail}` })} — ${
              exact.skillGroups.length > 0
                ? t("skillGroups", { groups: exact.skillGroups.join(", ") })
                : t("noSkillGroups")
            }`
          : status}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
