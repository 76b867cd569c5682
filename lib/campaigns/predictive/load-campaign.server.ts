import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { TPredictiveCampaignListItem } from "@/lib/ccc/actions/predictive";
import { isCccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient } from "@/lib/ccc/server";
import { type CampaignLists, getDb, latestCampaignLists } from "@/lib/db";
import { logger } from "@/lib/log";
import { type CccFailure, isUnknownCampaignCode, toCccFailure } from "../ccc-failure";
import {
  type RecordedPredictive,
  recordedPredictiveAnswer,
  recordPredictiveDescribe,
  recordPredictiveListItems,
} from "../terminal-records.server";
import { loadSkillGroups } from "./load-skill-groups.server";
import type { SkillGroupOption } from "./skill-group-option";
import { type TPredictiveSnapshot, toPredictiveSnapshot } from "./snapshot";

const log = logger.child({ module: "campaigns" });

export type PredictiveCampaignResult =
  | { state: "notFound" }
  | { state: "failed"; failure: CccFailure }
  | {
      state: "ok";
      sdkAppId: number;
      campaignId: number;
      snapshot: TPredictiveSnapshot;
      skillGroups: SkillGroupOption[];
      /** CCC's callee counts (from the list call: Describe has none); null when that call failed. */
      progress: CalleeProgress | null;
      /** Set when the campaign is finished or aborted and shown from the console's record: when it was recorded. */
      recordedAt: Date | null;
    };

type CalleeProgress = { calleeCount: number; finishedCalleeCount: number };

export interface PredictiveLoadOptions {
  /** Ask CCC now: skip the record and the read cache; the answer replaces the record (or drops it). */
  fresh?: boolean;
}

const ZERO_OR_POSITIVE_INT = /^[1-9]\d{0,15}$/;

/**
 * Reads the route's app and campaign ids and describes the campaign. An app the user may not see, a malformed id,
 * or a campaign CCC does not know are all "notFound" (the page answers 404 and says nothing about which it was).
 */
export async function loadPredictiveCampaign(
  params: { sdkAppId: string; campaignId: string },
  user: SessionUser,
  { fresh = false }: PredictiveLoadOptions = {},
): Promise<PredictiveCampaignResult> {
  if (!ZERO_OR_POSITIVE_INT.test(params.sdkAppId) || !ZERO_OR_POSITIVE_INT.test(params.campaignId)) {
    return { state: "notFound" };
  }
  const sdkAppId = Number(params.sdkAppId);
  const campaignId = Number(params.campaignId);
  if (!visibleAppIds(user, cccConfig().sdkAppIds).includes(sdkAppId)) return { state: "notFound" };
  const ref = { sdkAppId, campaignId };
  const recorded = fresh ? null : await recordedPredictiveAnswer(ref);
  if (recorded) return fromRecord(ref, recorded);
  try {
    const [described, skillGroups, progress] = await Promise.all([
      getCccClient().describePredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }, { fresh }),
      loadSkillGroups(sdkAppId).catch(() => []),
      loadProgress(sdkAppId, campaignId, fresh),
    ]);
    await recordPredictiveDescribe(ref, described, { refreshed: fresh });
    const snapshot = toPredictiveSnapshot(described);
    return { state: "ok", ...ref, snapshot, skillGroups, progress, recordedAt: null };
  } catch (error) {
    if (!isCccError(error)) throw error;
    if (isUnknownCampaignCode(error.code)) return { state: "notFound" };
    log.warn({ sdkAppId, campaignId, code: error.code, requestId: error.requestId }, "predictive campaign read failed");
    return { state: "failed", failure: toCccFailure(error) };
  }
}

/** A finished or aborted campaign as the console recorded it; the callee counts too when it has seen them. */
async function fromRecord(
  ref: { sdkAppId: number; campaignId: number },
  recorded: RecordedPredictive,
): Promise<PredictiveCampaignResult> {
  const { listItem } = recorded;
  const [skillGroups, progress] = await Promise.all([
    loadSkillGroups(ref.sdkAppId).catch(() => []),
    listItem ? toProgress(listItem) : loadProgress(ref.sdkAppId, ref.campaignId, false),
  ]);
  const snapshot = toPredictiveSnapshot(recorded.response);
  return { state: "ok", ...ref, snapshot, skillGroups, progress, recordedAt: recorded.recordedAt };
}

const toProgress = (item: TPredictiveCampaignListItem): CalleeProgress => ({
  calleeCount: item.CalleeCount,
  finishedCalleeCount: item.FinishedCalleeCount,
});

/** The campaign's callee counts, which only the list call returns (filtered by CampaignId). */
async function loadProgress(sdkAppId: number, campaignId: number, fresh: boolean): Promise<CalleeProgress | null> {
  try {
    const response = await getCccClient().describePredictiveDialingCampaigns(
      { SdkAppId: sdkAppId, CampaignId: campaignId, PageSize: 1, PageNumber: 0 },
      { fresh },
    );
    await recordPredictiveListItems(sdkAppId, response, { refreshed: fresh });
    const item = response.CampaignList[0];
    return item ? toProgress(item) : null;
  } catch (error) {
    if (!isCccError(error)) throw error;
    return null;
  }
}

/** The callee and caller lists the console last sent for this campaign, or null when it never sent any. */
export async function loadLastSentLists(sdkAppId: number, campaignId: number): Promise<CampaignLists | null> {
  return latestCampaignLists(await getDb(), { kind: "predictive", sdkAppId, campaignId });
}
