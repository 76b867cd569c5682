/** The live monitor's read: response schema and query factory (the only place its query keys are spelled). */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { predictiveStatuses } from "@/lib/campaigns/predictive/campaign-row";
import { fetchJson } from "./fetch-json";
import { POLL_MS, polled } from "./polling";

/** CCC's agent states in the order the monitor lists them; "other" holds any state CCC adds later. */
export const AGENT_STATES = ["busy", "free", "afterCallWork", "notReady", "rest", "offline", "other"] as const;
export type AgentState = (typeof AGENT_STATES)[number];

const ZCount = z.number().int().nonnegative();

export const ZMonitorBody = z.object({
  sdkAppId: z.number().int().positive(),
  campaignId: z.number().int().positive(),
  name: z.string(),
  status: z.enum(predictiveStatuses),
  startTime: z.number().int(),
  endTime: z.number().int(),
  skillGroup: z.object({ id: z.number().int(), name: z.string().nullable() }),
  /** CCC's callee counts; null when the list call that carries them failed. */
  progress: z.object({ calleeCount: ZCount, finishedCalleeCount: ZCount }).nullable(),
  /** Only while the campaign runs: its skill group's agents and queue, as CCC's real-time metrics report them. */
  live: z
    .object({
      agents: z.array(z.object({ email: z.string(), state: z.enum(AGENT_STATES) })),
      queue: z.object({ waiting: ZCount, ringing: ZCount, longestWaitSeconds: ZCount }),
    })
    .nullable(),
});
export type TMonitorBody = z.output<typeof ZMonitorBody>;

export const monitorPath = (sdkAppId: number, campaignId: number) =>
  `/api/apps/${sdkAppId}/predictive-campaigns/${campaignId}/monitor`;

export const monitorQueries = {
  all: () => ["predictive-monitor"] as const,
  /** Polls by status (POLL_MS.predictiveMonitor); stops once the campaign has ended. */
  campaign: (sdkAppId: number, campaignId: number) =>
    queryOptions({
      queryKey: ["predictive-monitor", sdkAppId, campaignId] as const,
      queryFn: ({ signal }) => fetchJson(monitorPath(sdkAppId, campaignId), ZMonitorBody, { signal }),
      ...polled<TMonitorBody>((data) => (data ? POLL_MS.predictiveMonitor[data.status] : false)),
    }),
};
