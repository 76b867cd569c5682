/**
 * An agent cruise campaign as the console shows it, from DescribeAgentCruiseDialingCampaign. Browser-safe: the
 * campaign page renders it on the server and the poll route sends the same shape as JSON.
 */
import type { TAgentCruiseState, TDescribeAgentCruiseDialingCampaignResponse } from "@/lib/ccc/actions/agent-cruise";

export const CRUISE_STATES = ["notStarted", "running", "finished", "aborted"] as const;
export type CruiseState = (typeof CRUISE_STATES)[number];

const STATE_BY_CODE: Record<TAgentCruiseState, CruiseState> = {
  0: "notStarted",
  1: "running",
  2: "finished",
  3: "aborted",
};

export interface CruiseCampaignView {
  sdkAppId: number;
  campaignId: number;
  name: string;
  agent: string;
  concurrencyNumber: number;
  startTime: number;
  endTime: number;
  callOrder: 0 | 1 | null;
  uui: string | null;
  state: CruiseState;
  total: number;
  called: number;
}

export function toCruiseCampaignView(
  ref: { sdkAppId: number; campaignId: number },
  response: TDescribeAgentCruiseDialingCampaignResponse,
): CruiseCampaignView {
  return {
    ...ref,
    name: response.Name,
    agent: response.Agent,
    concurrencyNumber: response.ConcurrencyNumber,
    startTime: response.StartTime,
    endTime: response.EndTime,
    callOrder: response.CallOrder ?? null,
    uui: response.UUI ?? null,
    state: STATE_BY_CODE[response.State],
    total: response.TotalCalleeCount,
    called: Math.min(response.CalledCalleeCount, response.TotalCalleeCount),
  };
}

/** Whether CCC can still change the campaign by itself (start, dial, finish): poll it, and offer Abort. */
export function isLive(state: CruiseState): boolean {
  return state === "notStarted" || state === "running";
}
