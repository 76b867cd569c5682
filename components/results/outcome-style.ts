import type { Outcome } from "@/lib/results/end-status";

/** One colour per outcome, shared by the counts' swatches and the chart (SVG fill and background classes). */
export const OUTCOME_FILL: Record<Outcome, string> = {
  answered: "fill-emerald-500",
  noAnswer: "fill-amber-400",
  busy: "fill-orange-500",
  rejected: "fill-rose-500",
  unreachable: "fill-slate-400",
  blocked: "fill-violet-500",
  failed: "fill-red-800",
};

export const OUTCOME_BG: Record<Outcome, string> = {
  answered: "bg-emerald-500",
  noAnswer: "bg-amber-400",
  busy: "bg-orange-500",
  rejected: "bg-rose-500",
  unreachable: "bg-slate-400",
  blocked: "bg-violet-500",
  failed: "bg-red-800",
};
