import { useTranslations } from "next-intl";
import type { PredictiveEndReason, PredictiveStatus } from "@/lib/campaigns/predictive/campaign-row";

// Colour only reinforces the text label; every pair below has at least 4.5:1 contrast.
const styles: Record<PredictiveStatus, { badge: string; dot: string }> = {
  pending: { badge: "bg-zinc-100 text-zinc-700 ring-zinc-500/20", dot: "bg-zinc-400" },
  running: { badge: "bg-blue-50 text-blue-800 ring-blue-600/20", dot: "bg-blue-600" },
  paused: { badge: "bg-amber-50 text-amber-800 ring-amber-600/25", dot: "bg-amber-500" },
  aborted: { badge: "bg-red-50 text-red-800 ring-red-600/20", dot: "bg-red-600" },
  finished: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/20", dot: "bg-emerald-600" },
};

/** The campaign's status as a labelled badge, followed by why it ended when that was not the normal way. */
export function StatusBadge({
  status,
  endReason,
}: {
  status: PredictiveStatus;
  endReason: PredictiveEndReason | null;
}) {
  const t = useTranslations("PredictiveCampaigns");
  const style = styles[status];
  return (
    <div className="flex flex-col items-start gap-0.5">
      <span
        data-status={status}
        className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge}`}
      >
        <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
        {t(`status.${status}`)}
      </span>
      {endReason ? <span className="text-xs text-ink-subtle">{t(`statusReason.${endReason}`)}</span> : null}
    </div>
  );
}
