import { useTranslations } from "next-intl";
import type { CruiseState } from "@/lib/campaigns/cruise/campaign-view";

// Colour only reinforces the text label; every pair below has at least 4.5:1 contrast.
const styles: Record<CruiseState, { badge: string; dot: string }> = {
  notStarted: { badge: "bg-zinc-100 text-zinc-700 ring-zinc-500/20", dot: "bg-zinc-400" },
  running: { badge: "bg-blue-50 text-blue-800 ring-blue-600/20", dot: "bg-blue-600" },
  finished: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/20", dot: "bg-emerald-600" },
  aborted: { badge: "bg-red-50 text-red-800 ring-red-600/20", dot: "bg-red-600" },
};

/** An agent cruise campaign's state as a labelled badge. */
export function CruiseStateBadge({ state }: { state: CruiseState }) {
  const t = useTranslations("CruiseCampaign.state");
  const style = styles[state];
  return (
    <span
      data-state={state}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${style.badge}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
      {t(state)}
    </span>
  );
}
