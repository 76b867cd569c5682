/**
 * "Clone" a predictive campaign into the create form: Describe gives the settings, the console's stored lists give
 * the callees, their data and the callers (CCC returns none of them), the stored plan gives the zone and calling
 * windows (CCC returns neither), and a start already past moves to the near future keeping the campaign's length.
 */
import type { CalleeAttribute } from "@/lib/callees/attributes/types";
import type { CallableWindow } from "./available-time";
import type { TPredictiveCreateInput } from "./create-schema";
import type { TPredictiveSnapshot } from "./snapshot";

/** A clone whose start has passed starts this long after the form opens, rounded up to whole minutes. */
export const CLONE_START_LEAD_SECONDS = 15 * 60;

export interface PredictiveClonePrefill {
  values: TPredictiveCreateInput;
  /** True when start and end moved because the original start has passed (or is about to). */
  timesMoved: boolean;
  /** True when the console has the lists the campaign was last sent with; otherwise the user enters them again. */
  listsFound: boolean;
  /** True when the zone and calling windows come from the console's record of the create. */
  hoursFound: boolean;
}

export function predictiveClonePrefill(
  source: {
    sdkAppId: number;
    snapshot: TPredictiveSnapshot;
    lists: { callees: string[]; callers: string[]; calleeAttributes: CalleeAttribute[] } | null;
    plan: { timeZone: string; availableTime: CallableWindow[] | null } | null;
  },
  fallbackTimeZone: string,
  now: number,
): PredictiveClonePrefill {
  const { snapshot, lists, plan } = source;
  const duration = Math.max(60, snapshot.endTime - snapshot.startTime);
  const timesMoved = snapshot.startTime <= now + 60;
  const startTime = timesMoved ? Math.ceil((now + CLONE_START_LEAD_SECONDS) / 60) * 60 : snapshot.startTime;
  return {
    values: {
      sdkAppId: source.sdkAppId,
      name: snapshot.name,
      skillGroupId: snapshot.skillGroupId,
      priority: snapshot.priority,
      callOrder: snapshot.callOrder,
      expectedAbandonRate: snapshot.expectedAbandonRate,
      retryInterval: snapshot.retryInterval,
      // Unset in CCC stays unset in the clone: never an invented 0.
      retryTimes: snapshot.retryTimes ?? undefined,
      ivrId: snapshot.ivrId ?? undefined,
      uui: snapshot.uui ?? "",
      variables: snapshot.variables.map((v) => ({ ...v })),
      startTime,
      endTime: startTime + duration,
      callees: lists?.callees ?? [],
      calleeAttributes: lists?.calleeAttributes ?? [],
      callers: lists?.callers ?? [],
      timeZone: plan?.timeZone ?? fallbackTimeZone,
      availableTime: plan?.availableTime ?? [],
    },
    timesMoved,
    listsFound: lists !== null,
    hoursFound: plan?.availableTime != null,
  };
}
