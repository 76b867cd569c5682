/**
 * "Clone into a new campaign": CCC has no update for agent cruise campaigns, so changing one means creating a new
 * one from its values. Describe gives the settings, the console's stored lists give the callees and callers (CCC
 * does not return them), and times already past are moved to the near future keeping the campaign's length.
 */
import type { CruiseCampaignView } from "./campaign-view";
import type { TCruiseCampaignInput } from "./create-schema";

/** A cloned campaign whose start has passed starts this long after the form opens, rounded up to whole minutes. */
export const CLONE_START_LEAD_SECONDS = 15 * 60;

export interface ClonePrefill {
  values: TCruiseCampaignInput;
  /** True when the start time (and so the end time) had to move because the original start has passed. */
  timesMoved: boolean;
  /** True when the console has the lists this campaign was created with; otherwise the user enters them again. */
  listsFound: boolean;
}

export function clonePrefill(
  view: CruiseCampaignView,
  lists: { callees: string[]; callers: string[] } | null,
  now: number,
): ClonePrefill {
  const duration = Math.max(60, view.endTime - view.startTime);
  const timesMoved = view.startTime <= now + 60;
  const startTime = timesMoved ? Math.ceil((now + CLONE_START_LEAD_SECONDS) / 60) * 60 : view.startTime;
  return {
    values: {
      sdkAppId: view.sdkAppId,
      name: view.name,
      agent: view.agent,
      concurrencyNumber: view.concurrencyNumber,
      startTime,
      endTime: startTime + duration,
      callees: lists?.callees ?? [],
      callers: lists?.callers ?? [],
      callOrder: view.callOrder ?? 0,
      uui: view.uui ?? "",
    },
    timesMoved,
    listsFound: lists !== null,
  };
}
