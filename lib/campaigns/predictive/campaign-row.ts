/**
 * The view of a predictive campaign list item that UI components receive. It decouples components from CCC's wire
 * format (numeric codes, PascalCase) so they never import lib/ccc.
 */
export const predictiveStatuses = ["pending", "running", "paused", "aborted", "finished"] as const;
export type PredictiveStatus = (typeof predictiveStatuses)[number];

/** Why a campaign ended, when it did not end normally. */
export type PredictiveEndReason = "byHand" | "byTimeout";

export interface PredictiveCampaignRow {
  campaignId: number;
  name: string;
  status: PredictiveStatus;
  endReason: PredictiveEndReason | null;
  calleeCount: number;
  finishedCalleeCount: number;
  /** 1 is the highest priority among the app's campaigns (UpdatePredictiveDialingCampaign's documentation). */
  priority: number;
  skillGroupId: number;
}

/** The fields of CCC's CampaignList item this view needs; structurally matches TPredictiveCampaignListItem. */
export interface PredictiveListItemInput {
  CampaignId: number;
  Name: string;
  Status: 0 | 1 | 2 | 3 | 4;
  StatusReason?: 0 | 1 | 2 | null;
  CalleeCount: number;
  FinishedCalleeCount: number;
  Priority: number;
  SkillGroupId: number;
}

const endReasons = { 0: null, 1: "byHand", 2: "byTimeout" } as const;

export function toPredictiveCampaignRow(item: PredictiveListItemInput): PredictiveCampaignRow {
  return {
    campaignId: item.CampaignId,
    name: item.Name,
    status: predictiveStatuses[item.Status],
    endReason: endReasons[item.StatusReason ?? 0],
    calleeCount: item.CalleeCount,
    finishedCalleeCount: item.FinishedCalleeCount,
    priority: item.Priority,
    skillGroupId: item.SkillGroupId,
  };
}
