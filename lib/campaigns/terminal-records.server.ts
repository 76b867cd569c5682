/**
 * The console's memory of finished and aborted campaigns (lib/db/terminal-states.ts), seen from the loaders: what
 * CCC answered is recorded when it shows such a state, and read back as the answer CCC would give again. Neither
 * side ever fails a page: a database error is logged, the record is then simply missing, and CCC is asked instead.
 */
import "server-only";
import {
  type TAgentCruiseState,
  type TDescribeAgentCruiseDialingCampaignResponse,
  ZDescribeAgentCruiseDialingCampaignResponse,
} from "@/lib/ccc/actions/agent-cruise";
import {
  type TDescribePredictiveDialingCampaignResponse,
  type TPredictiveCampaignListItem,
  type TPredictiveStatus,
  ZDescribePredictiveDialingCampaignResponse,
  ZPredictiveCampaignListItem,
} from "@/lib/ccc/actions/predictive";
import type { CccClient } from "@/lib/ccc/client";
import {
  type CampaignKind,
  type CampaignTerminalState,
  findTerminalStates,
  forgetTerminalState,
  getDb,
  type Json,
  recordTerminalStates,
  type TerminalCampaignState,
  type TerminalStateObservation,
} from "@/lib/db";
import { logger } from "@/lib/log";

const log = logger.child({ module: "terminal-records" });

type CampaignRef = { sdkAppId: number; campaignId: number };

const CRUISE_TERMINAL: Partial<Record<TAgentCruiseState, TerminalCampaignState>> = { 2: "finished", 3: "aborted" };
const PREDICTIVE_TERMINAL: Partial<Record<TPredictiveStatus, TerminalCampaignState>> = { 3: "aborted", 4: "finished" };

// Answers shared by the read cache are the same frozen object for every viewer: record each one once, not per view.
const alreadyRecorded = new WeakSet<object>();

async function record(observations: TerminalStateObservation[], replace: boolean): Promise<void> {
  if (observations.length === 0) return;
  try {
    await recordTerminalStates(await getDb(), observations, { replace });
  } catch (error) {
    log.warn({ err: error, count: observations.length }, "recording terminal campaign states failed");
  }
}

async function forget(kind: CampaignKind, ref: CampaignRef): Promise<void> {
  try {
    await forgetTerminalState(await getDb(), { kind, ...ref });
  } catch (error) {
    log.warn({ err: error, kind, ...ref }, "forgetting a terminal campaign state failed");
  }
}

/** A wire answer as jsonb: it is plain JSON already (parsed from CCC's reply by zod). */
const asJson = (value: object): Json => value as Json;

/**
 * Records a Describe answer when it shows a final state. `refreshed`: the answer was asked for to check the record,
 * so it replaces it, and a campaign CCC now shows in another state is forgotten.
 */
async function recordDescribe(
  kind: CampaignKind,
  ref: CampaignRef,
  response: object,
  state: TerminalCampaignState | undefined,
  refreshed: boolean,
): Promise<void> {
  if (!state) return refreshed ? forget(kind, ref) : undefined;
  if (!refreshed && alreadyRecorded.has(response)) return;
  alreadyRecorded.add(response);
  await record([{ kind, ...ref, state, describe: asJson(response) }], refreshed);
}

export function recordCruiseDescribe(
  ref: CampaignRef,
  response: TDescribeAgentCruiseDialingCampaignResponse,
  { refreshed = false } = {},
): Promise<void> {
  return recordDescribe("cruise", ref, response, CRUISE_TERMINAL[response.State], refreshed);
}

export function recordPredictiveDescribe(
  ref: CampaignRef,
  response: TDescribePredictiveDialingCampaignResponse,
  { refreshed = false } = {},
): Promise<void> {
  return recordDescribe("predictive", ref, response, PREDICTIVE_TERMINAL[response.Status], refreshed);
}

/** Records the finished and aborted rows of one DescribePredictiveDialingCampaigns answer. */
export async function recordPredictiveListItems(
  sdkAppId: number,
  response: { CampaignList: readonly TPredictiveCampaignListItem[] },
  { refreshed = false } = {},
): Promise<void> {
  if (!refreshed && alreadyRecorded.has(response)) return;
  alreadyRecorded.add(response);
  const observations = response.CampaignList.flatMap((item): TerminalStateObservation[] => {
    const state = PREDICTIVE_TERMINAL[item.Status];
    if (!state) return [];
    return [{ kind: "predictive", sdkAppId, campaignId: item.CampaignId, state, listItem: asJson(item) }];
  });
  await record(observations, refreshed);
}

/** The list call for fetchCampaignPage, recording what its pages show finished or aborted. */
export function recordingListClient(client: CccClient): Pick<CccClient, "describePredictiveDialingCampaigns"> {
  return {
    async describePredictiveDialingCampaigns(request, opts) {
      const response = await client.describePredictiveDialingCampaigns(request, opts);
      await recordPredictiveListItems(request.SdkAppId, response);
      return response;
    },
  };
}

async function findRecords(kind: CampaignKind, refs: CampaignRef[]): Promise<CampaignTerminalState[]> {
  try {
    return await findTerminalStates(await getDb(), kind, refs);
  } catch (error) {
    log.warn({ err: error, kind, count: refs.length }, "reading terminal campaign states failed");
    return [];
  }
}

export const refKey = (ref: CampaignRef) => `${ref.sdkAppId} ${ref.campaignId}`;

export interface RecordedCruise {
  ref: CampaignRef;
  response: TDescribeAgentCruiseDialingCampaignResponse;
  recordedAt: Date;
}

/**
 * The recorded Describe answers among `refs`, by refKey. A record that no longer fits the response schema (the
 * schema changed since) is left out, so CCC is asked instead.
 */
export async function recordedCruiseAnswers(refs: CampaignRef[]): Promise<Map<string, RecordedCruise>> {
  const found = new Map<string, RecordedCruise>();
  for (const row of await findRecords("cruise", refs)) {
    const parsed = ZDescribeAgentCruiseDialingCampaignResponse.safeParse(row.describe);
    const ref = { sdkAppId: row.sdkAppId, campaignId: row.campaignId };
    if (parsed.success) found.set(refKey(ref), { ref, response: parsed.data, recordedAt: row.recordedAt });
  }
  return found;
}

export interface RecordedPredictive {
  response: TDescribePredictiveDialingCampaignResponse;
  /** The campaign's row of the list call, for its callee counts; null when the console has not seen one. */
  listItem: TPredictiveCampaignListItem | null;
  recordedAt: Date;
}

/** The recorded Describe answer of a predictive campaign, or null (none, a list row only, or no longer parsable). */
export async function recordedPredictiveAnswer(ref: CampaignRef): Promise<RecordedPredictive | null> {
  const [row] = await findRecords("predictive", [ref]);
  const parsed = ZDescribePredictiveDialingCampaignResponse.safeParse(row?.describe);
  if (!row || !parsed.success) return null;
  const item = ZPredictiveCampaignListItem.safeParse(row.listItem);
  return { response: parsed.data, listItem: item.success ? item.data : null, recordedAt: row.recordedAt };
}
