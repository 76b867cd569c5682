/** What the admin API tells tests about a campaign's generated calls, so e2e specs assert against the emulator. */
import { OUTCOMES, type Outcome, outcomeOf } from "../../lib/results/end-status";
import type { AppState } from "../state/schema";
import { type CallSource, callRecord, cruiseSource, predictiveSource } from "./generate";

export interface CallsSummary {
  total: number;
  outcomes: Record<Outcome, number>;
  /** The first call's CDR fields a spec may look for on the page. */
  first: { Callee: string; Time: number; EndStatus: number; Duration: number; Agent: string } | null;
}

export function callsSummary(app: AppState, source: CallSource): CallsSummary {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (let i = 0; i < source.count; i++) outcomes[outcomeOf(callRecord(app, source, i).EndStatus)] += 1;
  const record = source.count > 0 ? callRecord(app, source, 0) : undefined;
  const first = record
    ? {
        Callee: record.Callee ?? "",
        Time: record.Time ?? 0,
        EndStatus: record.EndStatus ?? 0,
        Duration: record.Duration ?? 0,
        Agent: record.SeatUser?.Mail ?? "",
      }
    : null;
  return { total: source.count, outcomes, first };
}

export function campaignCallsSummary(
  app: AppState,
  kind: "predictive" | "cruise",
  campaignId: number,
  now: number,
): CallsSummary | undefined {
  if (kind === "predictive") {
    const c = app.predictiveCampaigns.find((p) => p.CampaignId === campaignId);
    return c && callsSummary(app, predictiveSource(c, now));
  }
  const c = app.cruiseCampaigns.find((p) => p.CampaignId === campaignId);
  return c && callsSummary(app, cruiseSource(c, now));
}
