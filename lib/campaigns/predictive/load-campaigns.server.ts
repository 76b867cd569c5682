import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import { isCccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient } from "@/lib/ccc/server";
import { logger } from "@/lib/log";
import { type CccFailure, toCccFailure } from "../ccc-failure";
import { recordingListClient } from "../terminal-records.server";
import { type CampaignPage, fetchCampaignPage } from "./fetch-campaign-page";
import { type PredictiveListParams, parsePredictiveListParams } from "./list-params";
import { loadSkillGroups } from "./load-skill-groups.server";
import type { SkillGroupOption } from "./skill-group-option";

const log = logger.child({ module: "campaigns" });

interface ListContext {
  sdkAppIds: readonly number[];
  params: PredictiveListParams;
  /** The app's skill groups for the filter and the name column; empty when CCC would not list them. */
  skillGroups: SkillGroupOption[];
}

export type PredictiveCampaignListResult =
  | { state: "unconfigured" }
  | { state: "noApps" }
  | (ListContext & { state: "failed"; failure: CccFailure })
  | (ListContext & CampaignPage & { state: "ok" });

/** The configured SdkAppIds, or null (logged) when CCC is not configured. */
export function configuredAppIds(): readonly number[] | null {
  try {
    return cccConfig().sdkAppIds;
  } catch (error) {
    // ConfigError's message names the bad variables (never their values): it belongs in the log, not the page.
    log.error({ err: error }, "CCC is not configured");
    return null;
  }
}

/** Skill group names are a nicety: without them the list still works and shows IDs. */
async function skillGroupsOrNone(sdkAppId: number): Promise<SkillGroupOption[]> {
  try {
    return await loadSkillGroups(sdkAppId);
  } catch (error) {
    if (!isCccError(error)) throw error;
    log.warn({ sdkAppId, code: error.code, requestId: error.requestId }, "skill group list failed");
    return [];
  }
}

/**
 * One page of an app's predictive campaigns with the URL's filters, for the list page and its API route. Only
 * apps that are both configured and granted to `user` are listed or fetched (`noApps` when there are none). CCC
 * errors come back as a `failed` state carrying only what the browser may see; anything else is thrown.
 */
export async function loadPredictiveCampaigns(
  searchParams: Record<string, string | string[] | undefined>,
  user: { sdkAppIds: readonly number[] },
): Promise<PredictiveCampaignListResult> {
  const configured = configuredAppIds();
  if (!configured || configured.length === 0) return { state: "unconfigured" };
  const sdkAppIds = visibleAppIds(user, configured);
  const params = parsePredictiveListParams(searchParams, sdkAppIds);
  if (!params) return { state: "noApps" };
  const [page, skillGroups] = await Promise.all([
    // Finished and aborted rows are recorded on the way, so their campaign pages need not ask CCC again.
    fetchCampaignPage(recordingListClient(getCccClient()), params).catch((error: unknown) => {
      if (!isCccError(error)) throw error;
      // The client has already logged the call in detail; this line ties the failure to the page that showed it.
      log.warn(
        { sdkAppId: params.sdkAppId, code: error.code, kind: error.kind, requestId: error.requestId },
        "predictive campaign list failed",
      );
      return toCccFailure(error);
    }),
    skillGroupsOrNone(params.sdkAppId),
  ]);
  const context = { sdkAppIds, params, skillGroups };
  if ("category" in page) return { ...context, state: "failed", failure: page };
  return { ...context, ...page, state: "ok" };
}
