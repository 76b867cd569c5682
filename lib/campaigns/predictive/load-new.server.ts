/**
 * Everything the predictive create page needs, as one state: refused (role), unconfigured, no apps, CCC failed
 * (skill groups), or ready with the app (`?app=`, else the first the user may use), its skill groups and the form's
 * starting values — blank, or a clone of `?from=` in that app. The page only renders it.
 */
import "server-only";
import { can, visibleAppIds } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { isCccError } from "@/lib/ccc/errors";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { type CccFailure, toCccFailure } from "../ccc-failure";
import { loadCampaignPlan } from "../planned-zone.server";
import { type PredictiveClonePrefill, predictiveClonePrefill } from "./clone";
import type { TPredictiveCreateInput } from "./create-schema";
import { loadLastSentLists, loadPredictiveCampaign } from "./load-campaign.server";
import { configuredAppIds } from "./load-campaigns.server";
import { loadSkillGroups } from "./load-skill-groups.server";
import type { SkillGroupOption } from "./skill-group-option";

type SearchParams = Record<string, string | string[] | undefined>;

export type NewPredictiveCampaignState =
  | { state: "forbidden" }
  | { state: "unconfigured" }
  | { state: "noApps" }
  | { state: "failed"; appIds: number[]; sdkAppId: number; failure: CccFailure }
  | {
      state: "ready";
      appIds: number[];
      sdkAppId: number;
      skillGroups: SkillGroupOption[];
      initialValues: TPredictiveCreateInput;
      /** The campaign asked to clone; `prefill` null when CCC could not read it. */
      clone: { campaignId: number; prefill: PredictiveClonePrefill | null } | null;
    };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function blank(sdkAppId: number, timeZone: string): TPredictiveCreateInput {
  return {
    sdkAppId,
    name: "",
    skillGroupId: Number.NaN,
    priority: 3,
    callOrder: 0,
    expectedAbandonRate: 5,
    retryInterval: 600,
    retryTimes: undefined,
    ivrId: undefined,
    uui: "",
    variables: [],
    startTime: Number.NaN,
    endTime: Number.NaN,
    callees: [],
    calleeAttributes: [],
    callers: [],
    timeZone,
    availableTime: [],
  };
}

export async function loadNewPredictiveCampaign(
  user: SessionUser,
  searchParams: SearchParams,
): Promise<NewPredictiveCampaignState> {
  if (!can(user.role, "campaign:write")) return { state: "forbidden" };
  const configured = configuredAppIds();
  if (!configured) return { state: "unconfigured" };
  const appIds = [...visibleAppIds(user, configured)];
  const [firstApp] = appIds;
  if (firstApp === undefined) return { state: "noApps" };
  const asked = Number(first(searchParams.app));
  const sdkAppId = appIds.includes(asked) ? asked : firstApp;
  let skillGroups: SkillGroupOption[];
  try {
    skillGroups = await loadSkillGroups(sdkAppId);
  } catch (error) {
    if (!isCccError(error)) throw error;
    return { state: "failed", appIds, sdkAppId, failure: toCccFailure(error) };
  }
  const clone = await loadClone(user, sdkAppId, first(searchParams.from));
  const initialValues = clone?.prefill?.values ?? blank(sdkAppId, user.timeZone);
  return { state: "ready", appIds, sdkAppId, skillGroups, initialValues, clone };
}

/** `?from=`: the campaign to clone, in the chosen app (which the user may use). */
async function loadClone(user: SessionUser, sdkAppId: number, from: string | undefined) {
  const campaignId = Number(from);
  if (!from || !Number.isSafeInteger(campaignId) || campaignId <= 0) return null;
  const route = { sdkAppId: String(sdkAppId), campaignId: String(campaignId) };
  const [described, lists, plan] = await Promise.all([
    loadPredictiveCampaign(route, user),
    loadLastSentLists(sdkAppId, campaignId),
    loadCampaignPlan({ kind: "predictive", sdkAppId, campaignId }),
  ]);
  if (described.state !== "ok") return { campaignId, prefill: null };
  const source = { sdkAppId, snapshot: described.snapshot, lists, plan };
  return { campaignId, prefill: predictiveClonePrefill(source, user.timeZone, unixNowSeconds()) };
}
