"use client";

import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/progress-bar";
import type { Progress } from "./use-callee-worker";

/** The busy line while the server checks the do-not-call list (not a worker phase). */
export type DoNotCallProgress = Omit<Progress, "phase"> & { phase: "doNotCall" };

/** What the worker is doing, with its progress; or that the do-not-call list is being checked. */
export function BusyLine({ progress }: { progress: Progress | DoNotCallProgress }) {
  const t = useTranslations("CalleeList");
  const tDoNotCall = useTranslations("DoNotCall.preview");
  const text =
    progress.phase === "doNotCall"
      ? tDoNotCall("checking")
      : progress.phase === "reading"
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
