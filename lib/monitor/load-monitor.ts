/**
 * The live monitor of a predictive campaign: its state and callee counts (the same reads as the campaign page, so
 * the read cache answers both), and while it runs, its skill group's agents by state and the group's queue. Every
 * read goes through the process-wide client: the read cache turns many viewers into one CCC call per distinct
 * request and freshness window, and the shared limiter keeps the account inside CCC's budget.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { CccFailure } from "@/lib/campaigns/ccc-failure";
import { loadPredictiveCampaign } from "@/lib/campaigns/predictive/load-campaign.server";
import type { TCallInMetrics } from "@/lib/ccc/actions/live-metrics";
import type { CccClient } from "@/lib/ccc/client";
import { getCccClient } from "@/lib/ccc/server";
import { AGENT_STATES, type AgentState, type TMonitorBody } from "@/lib/queries/monitor";

export type MonitorResult =
  | { state: "notFound" }
  | { state: "failed"; failure: CccFailure }
  | ({ state: "ok" } & TMonitorBody);

type LiveFigures = NonNullable<TMonitorBody["live"]>;

const agentState = (status: string): AgentState =>
  (AGENT_STATES as readonly string[]).includes(status) ? (status as AgentState) : "other";

/**
 * The skill group's agents (DescribeStaffStatusMetrics by GroupIdList) and queue. DescribeCallInMetrics is asked
 * for every skill group of the app, not this one: one request (one cache entry) serves all of an app's monitors.
 */
export async function loadLiveFigures(client: CccClient, sdkAppId: number, skillGroupId: number): Promise<LiveFigures> {
  const [staff, callIn] = await Promise.all([
    client.describeStaffStatusMetrics({ SdkAppId: sdkAppId, GroupIdList: [skillGroupId] }),
    client.describeCallInMetrics({ SdkAppId: sdkAppId, EnabledSkillGroup: true }),
  ]);
  const group = callIn.SkillGroupMetrics?.find((g) => g.SkillGroupId === skillGroupId)?.Metrics;
  return {
    agents: staff.Metrics.map((m) => ({ email: m.Email, state: agentState(m.Status) })).sort((a, b) =>
      a.email.localeCompare(b.email),
    ),
    queue: queueFigures(group),
  };
}

function queueFigures(metrics: TCallInMetrics | undefined): LiveFigures["queue"] {
  return {
    waiting: metrics?.QueueCount ?? 0,
    ringing: metrics?.RingCount ?? 0,
    longestWaitSeconds: metrics?.MaxQueueDuration ?? 0,
  };
}

/** The monitor's answer for a route's ids; "notFound" for an app the user may not see or a campaign CCC lacks. */
export async function loadPredictiveMonitor(
  params: { sdkAppId: string; campaignId: string },
  user: SessionUser,
): Promise<MonitorResult> {
  const campaign = await loadPredictiveCampaign(params, user);
  if (campaign.state !== "ok") return campaign;
  const { sdkAppId, campaignId, snapshot, skillGroups, progress } = campaign;
  const live =
    snapshot.status === "running" ? await loadLiveFigures(getCccClient(), sdkAppId, snapshot.skillGroupId) : null;
  return {
    state: "ok",
    sdkAppId,
    campaignId,
    name: snapshot.name,
    status: snapshot.status,
    startTime: snapshot.startTime,
    endTime: snapshot.endTime,
    skillGroup: {
      id: snapshot.skillGroupId,
      name: skillGroups.find((g) => g.id === snapshot.skillGroupId)?.name ?? null,
    },
    progress,
    live,
  };
}
