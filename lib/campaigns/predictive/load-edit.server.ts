/**
 * Everything the edit page shows, as one state: not found, CCC failed, read-only (and why), or editable with the
 * lists the console last sent. The page only renders the state.
 */
import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { CalleeAttribute } from "@/lib/callees/attributes/types";
import { unixNowSeconds } from "@/lib/time/unix-now";
import type { CccFailure } from "../ccc-failure";
import { loadLastSentLists, loadPredictiveCampaign, type PredictiveCampaignResult } from "./load-campaign.server";
import { type EditBlockReason, editBlockReason } from "./snapshot";

export type LoadedPredictiveCampaign = Extract<PredictiveCampaignResult, { state: "ok" }>;

/** The lists the console last sent (ISO time), with the per-callee data sent with them (empty: none). */
export interface SentLists {
  callees: string[];
  callers: string[];
  calleeAttributes: CalleeAttribute[];
  submittedAt: string;
}

export type PredictiveEditState =
  | { state: "notFound" }
  | { state: "failed"; failure: CccFailure }
  | { state: "readOnly"; reason: EditBlockReason | "noPermission"; campaign: LoadedPredictiveCampaign }
  | {
      state: "editable";
      campaign: LoadedPredictiveCampaign;
      /** Null when the console never sent any: then it has no record of the per-callee data either. */
      lists: SentLists | null;
    };

export async function loadPredictiveEdit(
  route: { sdkAppId: string; campaignId: string },
  user: SessionUser,
): Promise<PredictiveEditState> {
  // The form's snapshot is what the save compares CCC against: read it from CCC now, not from the read cache.
  const result = await loadPredictiveCampaign(route, user, { fresh: true });
  if (result.state !== "ok") return result;
  const reason = can(user.role, "campaign:write") ? editBlockReason(result.snapshot, unixNowSeconds()) : "noPermission";
  if (reason) return { state: "readOnly", reason, campaign: result };
  const lists = await loadLastSentLists(result.sdkAppId, result.campaignId);
  return {
    state: "editable",
    campaign: result,
    lists: lists && {
      callees: lists.callees,
      callers: lists.callers,
      calleeAttributes: lists.calleeAttributes,
      submittedAt: lists.submittedAt.toISOString(),
    },
  };
}
