"use client";

import { useTranslations } from "next-intl";
import { errorMessageKey } from "@/lib/campaigns/ccc-failure";
import { FetchError } from "@/lib/queries/fetch-json";
import type { PollInterval } from "@/lib/queries/polling";
import { useDocumentVisible, useNow } from "./use-now";

/** A failed read in words: the console's own codes translated, anything else as CCC's code. */
export function useFetchErrorText() {
  const t = useTranslations("Errors");
  return (error: unknown): string => {
    if (!(error instanceof FetchError) || error.code === "network") return t("unreachable");
    const known = errorMessageKey(error.code) as Parameters<typeof t>[0];
    return t.has(known) ? t(known) : t("ccc", { code: error.code });
  };
}

/** "Updated 12 s ago": seconds under a minute, then minutes, then hours. `now` null: the moment of the read. */
function useAgeText(updatedAt: number, now: number | null): string {
  const t = useTranslations("Freshness");
  const seconds = Math.max(0, Math.floor(((now ?? updatedAt) - updatedAt) / 1000));
  if (seconds < 60) return t("updated", { seconds });
  if (seconds < 3600) return t("updatedMinutes", { minutes: Math.floor(seconds / 60) });
  return t("updatedHours", { hours: Math.floor(seconds / 3600) });
}

export interface FreshnessProps {
  /** When the data on screen was read (epoch ms): a query's dataUpdatedAt. */
  updatedAt: number;
  /** The poll interval in force; false when the data no longer changes by itself. */
  intervalMs: PollInterval;
  /** The last refresh's failure, while the older data stays on screen. */
  failure?: unknown;
  /** Said when nothing polls (default: "No longer refreshing"). */
  stoppedText?: string;
}

/**
 * How fresh the data on screen is, ticking every second, and whether it refreshes by itself. The ticking text is
 * not a live region (a screen reader would announce it every second); only a failed refresh is announced, once,
 * through the status line below, which stays in the DOM so the announcement is reliable.
 */
export function Freshness({ updatedAt, intervalMs, failure, stoppedText }: FreshnessProps) {
  const t = useTranslations("Freshness");
  const tErrors = useTranslations("Errors");
  const errorText = useFetchErrorText();
  const visible = useDocumentVisible();
  const now = useNow();
  const age = useAgeText(updatedAt, now);
  const polling = intervalMs === false ? "off" : visible ? "on" : "hidden";
  const requestId = failure instanceof FetchError ? failure.requestId : undefined;
  return (
    <div
      className="flex flex-wrap items-baseline gap-x-2 text-xs text-ink-muted"
      data-testid="freshness"
      data-polling={polling}
      data-updated-at={updatedAt}
      // Set once mounted: the clock ticks, and the page's queries (mounted in the same commit) poll from here on.
      data-ticking={now === null ? undefined : "true"}
    >
      <span data-testid="freshness-age" className="tabular-nums">
        {age}
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {polling === "on"
          ? t("every", { seconds: Number(intervalMs) / 1000 })
          : polling === "hidden"
            ? t("paused")
            : (stoppedText ?? t("stopped"))}
      </span>
      <p role="status" className="w-full font-medium text-danger" data-testid="freshness-failure">
        {failure ? t("failed", { reason: errorText(failure) }) : ""}
        {failure && requestId ? (
          <span className="ml-1 font-mono font-normal">{tErrors("requestId", { requestId })}</span>
        ) : null}
      </p>
    </div>
  );
}
