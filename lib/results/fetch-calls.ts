/**
 * Reading a campaign's calls from CCC, within its limits. Predictive: DescribePredictiveDialingSessions (1,000 ids a
 * page) → DescribeTelCdr by SessionIds (100 a request) in each CDR window. Agent cruise has no sessions call: its
 * calls are the app's outbound CDRs in the campaign's windows placed by the campaign's agent (so other outbound calls
 * that agent made meanwhile count too). Every read waits in the limiter's background lane and bypasses the read
 * cache: pages are large and asked once, and 1,000 cached pages would only cost memory.
 */
import type { TTelCdr } from "@/lib/ccc/actions/call-records";
import type { CccClient } from "@/lib/ccc/client";
import { type CdrWindow, campaignWindows } from "./cdr-window";

export const SESSIONS_PAGE = 1_000;
export const CDR_PAGE = 100;

export interface CampaignRef {
  sdkAppId: number;
  kind: "predictive" | "cruise";
  campaignId: number;
}

export interface CallPlan extends CampaignRef {
  windows: CdrWindow[];
  truncated: boolean;
  /** Cruise only: the agent whose outbound calls are the campaign's. */
  agent?: string;
}

const readOptions = (signal?: AbortSignal) => ({ signal, lane: "background" as const, uncached: true });

/** Describes the campaign (through the read cache: the page just did the same) and works out its CDR windows. */
export async function planCalls(client: CccClient, ref: CampaignRef, now: number): Promise<CallPlan> {
  const key = { SdkAppId: ref.sdkAppId, CampaignId: ref.campaignId };
  if (ref.kind === "predictive") {
    const c = await client.describePredictiveDialingCampaign(key);
    return { ...ref, ...campaignWindows(c.StartTime, c.EndTime, now) };
  }
  const c = await client.describeAgentCruiseDialingCampaign(key);
  return { ...ref, ...campaignWindows(c.StartTime, c.EndTime, now), agent: c.Agent };
}

export async function sessionPage(client: CccClient, plan: CallPlan, pageNumber: number, signal?: AbortSignal) {
  const r = await client.describePredictiveDialingSessions(
    { SdkAppId: plan.sdkAppId, CampaignId: plan.campaignId, PageSize: SESSIONS_PAGE, PageNumber: pageNumber },
    readOptions(signal),
  );
  return { total: r.TotalCount, ids: r.SessionList };
}

async function cdrPage(
  client: CccClient,
  plan: CallPlan,
  window: CdrWindow,
  pageNumber: number,
  sessionIds: string[] | undefined,
  signal?: AbortSignal,
): Promise<{ total: number; cdrs: TTelCdr[] }> {
  const r = await client.describeTelCdr(
    {
      SdkAppId: plan.sdkAppId,
      StartTimeStamp: window.start,
      EndTimeStamp: window.end,
      PageSize: CDR_PAGE,
      PageNumber: pageNumber,
      ...(sessionIds ? { SessionIds: sessionIds } : {}),
    },
    readOptions(signal),
  );
  return { total: r.TotalCount, cdrs: [...(r.TelCdrList ?? r.TelCdrs ?? [])] };
}

/** The CDRs of up to 100 sessions, in the order of `sessionIds` (one request per window, usually one). */
export async function cdrsForSessions(
  client: CccClient,
  plan: CallPlan,
  sessionIds: string[],
  signal?: AbortSignal,
): Promise<TTelCdr[]> {
  const found: TTelCdr[] = [];
  for (const window of plan.windows) {
    for (let page = 0; ; page++) {
      const { total, cdrs } = await cdrPage(client, plan, window, page, sessionIds, signal);
      found.push(...cdrs);
      if ((page + 1) * CDR_PAGE >= total || cdrs.length === 0) break;
    }
  }
  const position = new Map(sessionIds.map((id, i) => [id, i]));
  return found.sort((a, b) => (position.get(a.SessionId ?? "") ?? 0) - (position.get(b.SessionId ?? "") ?? 0));
}

/** CallType 5: a predictive campaign's call, which its agent answered but did not place. */
const PREDICTIVE_CALL_TYPE = 5;

/** A cruise campaign's calls among a page of its window's CDRs: outbound, placed by its agent. */
export const isCampaignCall = (plan: CallPlan, cdr: TTelCdr) =>
  cdr.Direction === 1 &&
  cdr.CallType !== PREDICTIVE_CALL_TYPE &&
  (cdr.SeatUser?.Mail ?? "").toLowerCase() === (plan.agent ?? "").toLowerCase();

/** Every (window, page) a cruise campaign's calls are on; costs one request per window to learn its size. */
export async function cruisePages(client: CccClient, plan: CallPlan, signal?: AbortSignal) {
  const pages: { window: CdrWindow; page: number }[] = [];
  let total = 0;
  for (const window of plan.windows) {
    const first = await cdrPage(client, plan, window, 0, undefined, signal);
    total += first.total;
    for (let page = 0; page * CDR_PAGE < first.total; page++) pages.push({ window, page });
  }
  return { pages, total };
}

export async function cruisePageCalls(
  client: CccClient,
  plan: CallPlan,
  at: { window: CdrWindow; page: number },
  signal?: AbortSignal,
): Promise<TTelCdr[]> {
  const { cdrs } = await cdrPage(client, plan, at.window, at.page, undefined, signal);
  return cdrs.filter((cdr) => isCampaignCall(plan, cdr));
}
