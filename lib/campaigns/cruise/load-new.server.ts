/**
 * Everything the create page needs, as one state: refused (role), unconfigured, no apps, or ready with the form's
 * starting values — blank, or a clone of `?app=&from=` when the user may see that app. The page only renders it.
 */
import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { loadPlannedTimeZone } from "../planned-zone.server";
import { type ClonePrefill, clonePrefill } from "./clone";
import type { TCruiseCampaignInput } from "./create-schema";
import { cruiseAppIds, describeCruiseCampaign, loadCruiseLists } from "./load.server";
import { parseCampaignSegments } from "./route-params";

type SearchParams = Record<string, string | string[] | undefined>;

export type NewCruiseCampaignState =
  | { state: "forbidden" }
  | { state: "unconfigured" }
  | { state: "noApps" }
  | {
      state: "ready";
      appIds: number[];
      initialValues: TCruiseCampaignInput;
      /** The zone the form starts in: the cloned campaign's planned zone when known, else the user's. */
      timeZone: string;
      /** The campaign asked to clone; `prefill` null when it could not be read. */
      clone: { campaignId: number; prefill: ClonePrefill | null } | null;
    };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const blank = (appIds: readonly number[]): TCruiseCampaignInput => ({
  sdkAppId: appIds.length === 1 ? appIds[0] : undefined,
  name: "",
  agent: "",
  concurrencyNumber: 3,
  startTime: undefined,
  endTime: undefined,
  callees: [],
  callers: [],
  callOrder: 0,
  uui: "",
});

export async function loadNewCruiseCampaign(
  user: SessionUser,
  searchParams: SearchParams,
): Promise<NewCruiseCampaignState> {
  if (!can(user.role, "campaign:write")) return { state: "forbidden" };
  const appIds = cruiseAppIds(user);
  if (!appIds) return { state: "unconfigured" };
  if (appIds.length === 0) return { state: "noApps" };
  const clone = await loadClone(searchParams, appIds);
  const initialValues = clone?.prefill?.values ?? blank(appIds);
  return { state: "ready", appIds, initialValues, timeZone: clone?.plannedTimeZone ?? user.timeZone, clone };
}

/** `?app=&from=`: the campaign to clone, when the user may see its app. */
async function loadClone(searchParams: SearchParams, appIds: readonly number[]) {
  const segments = parseCampaignSegments({ sdkAppId: first(searchParams.app), campaignId: first(searchParams.from) });
  if (!segments?.campaignId || !appIds.includes(segments.sdkAppId)) return null;
  const [described, lists, plannedTimeZone] = await Promise.all([
    describeCruiseCampaign(segments.sdkAppId, segments.campaignId),
    loadCruiseLists(segments.sdkAppId, segments.campaignId),
    loadPlannedTimeZone({ kind: "cruise", ...segments, campaignId: segments.campaignId }),
  ]);
  return {
    campaignId: segments.campaignId,
    plannedTimeZone,
    prefill: described.ok ? clonePrefill(described.view, lists, unixNowSeconds()) : null,
  };
}
