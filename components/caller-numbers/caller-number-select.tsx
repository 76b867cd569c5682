"use client";

/**
 * The caller numbers of the chosen app as a filterable checkbox list (a fieldset, so screen readers announce the
 * group). Only numbers in the normal state can be chosen; the others are listed disabled with their state in words.
 * Values are the numbers exactly as CCC returns them.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { FieldError, hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { type CallerNumberOption, isUsableCaller } from "@/lib/callees/caller-numbers";
import { directoryQueries } from "@/lib/queries/directory";

export interface CallerNumberSelectProps {
  id: string;
  label: ReactNode;
  /** The app whose numbers are offered; undefined until one is chosen. */
  sdkAppId: number | undefined;
  /** Selected numbers, in the format CCC displays them (sent as-is). */
  value: string[];
  onChange: (numbers: string[]) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
}

export function CallerNumberSelect({
  id,
  label,
  sdkAppId,
  value,
  onChange,
  onBlur,
  error,
  disabled,
}: CallerNumberSelectProps) {
  const t = useTranslations("CallerNumbers");
  const query = useQuery(directoryQueries.callerNumbers(sdkAppId));
  const [filter, setFilter] = useState("");
  const statusId = useId();
  const errorId = `${id}-error`;
  const options = query.data?.numbers ?? [];
  const usable = options.filter(isUsableCaller);
  const needle = filter.replace(/\s+/g, "");
  const shown = needle ? options.filter((o) => o.number.includes(needle)) : options;
  const selected = new Set(value);

  function toggle(option: CallerNumberOption, checked: boolean) {
    // Keep CCC's order, so the list sent does not depend on the order of clicks.
    const next = new Set(selected);
    if (checked) next.add(option.number);
    else next.delete(option.number);
    onChange(options.map((o) => o.number).filter((n) => next.has(n)));
  }

  function state(): ReactNode {
    if (sdkAppId === undefined) return <p className={hintClass}>{t("chooseApp")}</p>;
    if (query.isPending) return <p className={hintClass}>{t("loading")}</p>;
    if (query.isError) {
      const failure = query.error;
      return (
        <div role="alert" className="mt-1 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm">
          <p className="font-medium text-danger">{t("failed")}</p>
          {failure ? (
            <p className="mt-1 font-mono text-xs text-ink-muted" data-testid="caller-numbers-error">
              {failure.code}
              {failure.requestId ? ` · ${t("requestId", { id: failure.requestId })}` : null}
            </p>
          ) : null}
          <Button variant="link" size="sm" className="mt-1" onClick={() => void query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      );
    }
    if (options.length === 0) return <p className={hintClass}>{t("empty")}</p>;
    return undefined;
  }

  const placeholder = state();
  return (
    <fieldset
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      aria-busy={query.isFetching || undefined}
      className="min-w-0"
      data-testid="caller-number-select"
    >
      <legend className={labelClass}>{label}</legend>
      <div role="status" aria-live="polite" className="sr-only">
        {sdkAppId !== undefined && query.isPending ? t("loading") : ""}
      </div>
      {placeholder ?? (
        <div className="mt-1 space-y-2">
          {options.length > 8 ? (
            <div>
              <label htmlFor={`${id}-filter`} className="sr-only">
                {t("filter")}
              </label>
              <input
                id={`${id}-filter`}
                type="search"
                inputMode="tel"
                autoComplete="off"
                placeholder={t("filter")}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                className={inputClass}
              />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p id={statusId} className={hintClass} aria-live="polite">
              {t("selected", { count: value.length, usable: usable.length })}
            </p>
            <div className="flex gap-3">
              <Button
                variant="link"
                size="sm"
                disabled={disabled || usable.length === 0}
                onClick={() => onChange(usable.map((o) => o.number))}
              >
                {t("selectAll")}
              </Button>
              <Button variant="link" size="sm" disabled={disabled || value.length === 0} onClick={() => onChange([])}>
                {t("selectNone")}
              </Button>
            </div>
          </div>
          <ul className="max-h-64 divide-y divide-line overflow-auto rounded-md border border-line bg-surface">
            {shown.map((option) => {
              const ok = isUsableCaller(option);
              const optionId = `${id}-${option.number}`;
              return (
                <li key={option.number} className="flex items-center gap-2 px-2.5 py-1.5 text-sm">
                  <input
                    type="checkbox"
                    id={optionId}
                    name={id}
                    value={option.number}
                    checked={selected.has(option.number)}
                    // A prefilled number that is no longer usable stays uncheckable, never stuck on.
                    disabled={disabled || (!ok && !selected.has(option.number))}
                    aria-describedby={ok ? undefined : `${optionId}-state`}
                    onChange={(event) => toggle(option, event.target.checked)}
                    onBlur={onBlur}
                  />
                  <label htmlFor={optionId} className={`font-mono ${ok ? "text-ink" : "text-ink-muted"}`}>
                    {option.number}
                  </label>
                  {option.costType === 1 ? <span className="text-xs text-ink-muted">{t("ownNumber")}</span> : null}
                  {ok ? null : (
                    <span id={`${optionId}-state`} className="ml-auto text-xs text-danger" data-testid="caller-state">
                      {t(`states.${option.state}`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {shown.length === 0 ? <p className={hintClass}>{t("noMatch", { filter })}</p> : null}
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
