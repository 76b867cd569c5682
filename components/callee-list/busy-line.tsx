"use client";

import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/progress-bar";
import type { Progress } from "./use-callee-worker";

/** What the worker is doing, with its progress. */
export function BusyLine({ progress }: { progress: Progress }) {
  const t = useTranslations("CalleeList");
  const text =
    progress.phase === "reading"
      ? t("reading")
      : progress.total > 0
        ? t("normalizing", { done: progress.done, total: progress.total })
        : t("working");
  return (
    <div className="mt-3 space-y-1" data-testid="callee-busy">
      <p className="text-sm text-ink-muted">{text}</p>
      <ProgressBar label={t("progressLabel")} value={progress.done} max={progress.total} valueText={text} />
    </div>
  );
}
