/**
 * A Describe of a campaign that has not started yet cannot change before its StartTime unless someone writes to it,
 * and every console write invalidates it on every instance (read-cache.ts with invalidation-bus.ts). Such an answer
 * is served for longer than CCC_READ_FRESH_MS: up to SCHEDULED_FRESH_FACTOR times it, never past the StartTime.
 * Only a change made outside the console (CCC's own portal) shows late, by at most that window. Campaigns that are
 * waiting to start are most of what lists show ahead of a working day, so this is where the budget goes.
 */
import type { CccActionName } from "./actions";

/** With the default 2 s window, a not-yet-started campaign is asked about at most every 30 s. */
export const SCHEDULED_FRESH_FACTOR = 15;

/** CCC's state codes for "not started": cruise State 0, predictive Status 0 (pending). */
const NOT_STARTED: Partial<Record<CccActionName, { field: "State" | "Status" }>> = {
  DescribeAgentCruiseDialingCampaign: { field: "State" },
  DescribePredictiveDialingCampaign: { field: "Status" },
};

/** The `freshMsFor` of the read cache: undefined (the normal window) for anything but a campaign yet to start. */
export function scheduledFreshMs(readFreshMs: number) {
  const longest = readFreshMs * SCHEDULED_FRESH_FACTOR;
  return (action: CccActionName, response: unknown, nowMs: number): number | undefined => {
    const rule = NOT_STARTED[action];
    if (!rule || longest <= readFreshMs) return undefined;
    const answer = (response ?? {}) as Record<string, unknown>;
    const startTime = answer.StartTime;
    if (answer[rule.field] !== 0 || typeof startTime !== "number") return undefined;
    const untilStart = startTime * 1000 - nowMs;
    return untilStart > readFreshMs ? Math.min(untilStart, longest) : undefined;
  };
}
