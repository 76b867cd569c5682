import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { CccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient } from "@/lib/ccc/server";
import { type CampaignLists, getDb, latestCampaignLists } from "@/lib/db";
import { logger } from "@/lib/log";
import { type CccFailure, toCccFailure } from "../ccc-failure";
import { loadSkillGroups, type SkillGroupOption } from "./load-skill-groups";
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
      progress: { calleeCount: number; finishedCalleeCount: number } | null;
    };

const ZERO_OR_POSITIVE_INT = /^[1-9]\d{0,15}$/;

/**
 * Reads the route's app and campaign ids and describes the campaign. An app the user may not see, a malformed id,
 * or a campaign CCC does not know are all "notFound" (the page answers 404 and says nothing about which it was).
 */
export async function loadPredictiveCampaign(
  params: { sdkAppId: string; campaignId: string },
  user: SessionUser,
): Promise<PredictiveCampaignResult> {
  if (!ZERO_OR_POSITIVE_INT.test(params.sdkAppId) || !ZERO_OR_POSITIVE_INT.test(params.campaignId)) {
    return { state: "notFound" };
  }
  const sdkAppId = Number(params.sdkAppId);
  const campaignId = Number(params.campaignId);
  if (!visibleAppIds(user, cccConfig().sdkAppIds).includes(sdkAppId)) return { state: "notFound" };
  try {
    const [described, skillGroups, progress] = await Promise.all([
      getCccClient().describePredictiveDialingCampaign({ SdkAppId: sdkAppId, CampaignId: campaignId }),
      loadSkillGroups(sdkAppId).catch(() => []),
      loadProgress(sdkAppId, campaignId),
    ]);
    return { state: "ok", sdkAppId, campaignId, snapshot: toPredictiveSnapshot(described), skillGroups, progress };
  } catch (error) {
    if (!(error instanceof CccError)) throw error;
    if (error.code.startsWith("ResourceNotFound") || error.code === "InvalidParameterValue")
      return { state: "notFound" };
    log.warn({ sdkAppId, campaignId, code: error.code, requestId: error.requestId }, "predictive campaign read failed");
    return { state: "failed", failure: toCccFailure(error) };
  }
}

/** The campaign's callee counts, which only the list call returns (filtered by CampaignId). */
async function loadProgress(sdkAppId: number, campaignId: number) {
  try {
    const response = await getCccClient().describePredictiveDialingCampaigns({
      SdkAppId: sdkAppId,
      CampaignId: campaignId,
      PageSize: 1,
      PageNumber: 0,
    });
    const item = response.CampaignList[0];
    return item ? { calleeCount: item.CalleeCount, finishedCalleeCount: item.FinishedCalleeCount } : null;
  } catch (error) {
    if (!(error instanceof CccError)) throw error;
    return null;
  }
}

/** The callee and caller lists the console last sent for this campaign, or null when it never sent any. */
export async function loadLastSentLists(sdkAppId: number, campaignId: number): Promise<CampaignLists | null> {
  return latestCampaignLists(await getDb(), { kind: "predictive", sdkAppId, campaignId });
}
